package io.lushagraph.simulator.universe;

import java.util.ArrayList;
import java.util.List;

/** Real SIC (1987) and NAICS (2022) codes with their labels, as Lusha's {@code sics} and {@code naics} filters list. */
final class IndustryCodes {

    /** {@code code|label}, one per line, by code. */
    private static final String SIC = """
            0111|Wheat
            0191|General farms, primarily crop
            0211|Beef cattle feedlots
            1011|Iron ores
            1311|Crude petroleum and natural gas
            1521|General contractors-single-family houses
            1541|General contractors-industrial buildings and warehouses
            1622|Bridge, tunnel, and elevated highway construction
            2011|Meat packing plants
            2086|Bottled and canned soft drinks and carbonated waters
            2211|Broadwoven fabric mills, cotton
            2511|Wood household furniture, except upholstered
            2621|Paper mills
            2711|Newspapers: publishing, or publishing and printing
            2834|Pharmaceutical preparations
            2844|Perfumes, cosmetics, and other toilet preparations
            2911|Petroleum refining
            3011|Tires and inner tubes
            3221|Glass containers
            3312|Steel works, blast furnaces, and rolling mills
            3531|Construction machinery and equipment
            3569|General industrial machinery and equipment, not elsewhere classified
            3571|Electronic computers
            3572|Computer storage devices
            3661|Telephone and telegraph apparatus
            3674|Semiconductors and related devices
            3711|Motor vehicles and passenger car bodies
            3721|Aircraft
            3841|Surgical and medical instruments and apparatus
            3949|Sporting and athletic goods, not elsewhere classified
            4011|Railroads, line-haul operating
            4213|Trucking, except local
            4512|Air transportation, scheduled
            4731|Arrangement of transportation of freight and cargo
            4813|Telephone communications, except radiotelephone
            4833|Television broadcasting stations
            4911|Electric services
            5045|Computers and computer peripheral equipment and software
            5099|Durable goods, not elsewhere classified
            5141|Groceries, general line
            5311|Department stores
            5411|Grocery stores
            5812|Eating places
            5961|Catalog and mail-order houses
            6021|National commercial banks
            6211|Security brokers, dealers, and flotation companies
            6282|Investment advice
            6311|Life insurance
            6531|Real estate agents and managers
            7011|Hotels and motels
            7299|Miscellaneous personal services, not elsewhere classified
            7311|Advertising agencies
            7361|Employment agencies
            7363|Help supply services
            7371|Computer programming services
            7372|Prepackaged software
            7373|Computer integrated systems design
            7374|Computer processing and data preparation and processing services
            7389|Business services, not elsewhere classified
            7812|Motion picture and video tape production
            7929|Bands, orchestras, actors, and other entertainers and entertainment groups
            7991|Physical fitness facilities
            8011|Offices and clinics of doctors of medicine
            8062|General medical and surgical hospitals
            8111|Legal services
            8221|Colleges, universities, and professional schools
            8641|Civic, social, and fraternal associations
            8711|Engineering services
            8721|Accounting, auditing, and bookkeeping services
            8731|Commercial physical and biological research
            8742|Management consulting services
            9111|Executive offices
            """;

    /** {@code code|label}, one per line: the sectors, then detailed industries, each by code. */
    private static final String NAICS = """
            11|Agriculture, Forestry, Fishing and Hunting
            21|Mining, Quarrying, and Oil and Gas Extraction
            22|Utilities
            23|Construction
            31-33|Manufacturing
            42|Wholesale Trade
            44-45|Retail Trade
            48-49|Transportation and Warehousing
            51|Information
            52|Finance and Insurance
            53|Real Estate and Rental and Leasing
            54|Professional, Scientific, and Technical Services
            55|Management of Companies and Enterprises
            56|Administrative and Support and Waste Management and Remediation Services
            61|Educational Services
            62|Health Care and Social Assistance
            71|Arts, Entertainment, and Recreation
            72|Accommodation and Food Services
            81|Other Services (except Public Administration)
            92|Public Administration
            111140|Wheat Farming
            111998|All Other Miscellaneous Crop Farming
            211120|Crude Petroleum Extraction
            221122|Electric Power Distribution
            236115|New Single-Family Housing Construction (except For-Sale Builders)
            236220|Commercial and Institutional Building Construction
            311812|Commercial Bakeries
            325412|Pharmaceutical Preparation Manufacturing
            333998|All Other Miscellaneous General Purpose Machinery Manufacturing
            334111|Electronic Computer Manufacturing
            334413|Semiconductor and Related Device Manufacturing
            336111|Automobile Manufacturing
            336411|Aircraft Manufacturing
            423430|Computer and Computer Peripheral Equipment and Software Merchant Wholesalers
            423990|Other Miscellaneous Durable Goods Merchant Wholesalers
            445110|Supermarkets and Other Grocery Retailers (except Convenience Retailers)
            455110|Department Stores
            481111|Scheduled Passenger Air Transportation
            484121|General Freight Trucking, Long-Distance, Truckload
            488510|Freight Transportation Arrangement
            493110|General Warehousing and Storage
            513210|Software Publishers
            517111|Wired Telecommunications Carriers
            518210|Computing Infrastructure Providers, Data Processing, Web Hosting, and Related Services
            522110|Commercial Banking
            523150|Investment Banking and Securities Intermediation
            524113|Direct Life Insurance Carriers
            531210|Offices of Real Estate Agents and Brokers
            541110|Offices of Lawyers
            541211|Offices of Certified Public Accountants
            541330|Engineering Services
            541511|Custom Computer Programming Services
            541512|Computer Systems Design Services
            541611|Administrative Management and General Management Consulting Services
            541810|Advertising Agencies
            561311|Employment Placement Agencies
            561320|Temporary Help Services
            611310|Colleges, Universities, and Professional Schools
            621111|Offices of Physicians (except Mental Health Specialists)
            622110|General Medical and Surgical Hospitals
            711130|Musical Groups and Artists
            713940|Fitness and Recreational Sports Centers
            721110|Hotels (except Casino Hotels) and Motels
            722511|Full-Service Restaurants
            812990|All Other Personal Services
            813410|Civic and Social Organizations
            921110|Executive Offices
            """;

    static final List<ReferenceData.Code> SICS = parse(SIC);
    static final List<ReferenceData.Code> NAICS_CODES = parse(NAICS);

    private IndustryCodes() {
    }

    private static List<ReferenceData.Code> parse(String table) {
        List<ReferenceData.Code> codes = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            int bar = line.indexOf('|');
            codes.add(new ReferenceData.Code(line.substring(0, bar), line.substring(bar + 1)));
        }
        return List.copyOf(codes);
    }
}
