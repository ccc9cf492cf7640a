package io.lushagraph.simulator.universe;

import java.util.ArrayList;
import java.util.List;

/** Lusha's main industries with their sub-industries (getCompanyIndustries) and how common each is in the universe. */
final class Industries {

    /** {@code mainId|weight|name|subId name;subId name;...}. */
    private static final String TABLE = """
            1|4|Hospitality|1 Food & Beverage Services;2 Restaurants;3 Hotels & Motels
            2|3|Administrative & Support Services|4 Administrative & Support Services;5 Events Services;6 Facilities Services;7 Fundraising;8 Security & Investigations;9 Staffing & Recruiting;10 Translation & Localization;11 Travel Arrangements;12 Writing & Editing
            3|4|Construction|13 Construction;15 Building Construction;16 Civil Engineering
            4|2|Consumer Services|17 Personal Care Services;18 Philanthropic Fundraising Services;19 Repair & Maintenance
            5|1|Organizations|20 Political Organizations;21 Civic & Social Organizations;22 Religious Institutions
            6|5|Education|23 E-Learning Providers;24 Higher Education;25 Primary & Secondary Education;26 Training;27 Schools
            7|2|Entertainment|28 Entertainment Providers;29 Museums, Historical Sites, & Zoos;30 Musicians, Artists & Writers;31 Performing Arts;32 Sports;33 Recreational Facilities;34 Gambling Facilities & Casinos;35 Wellness & Fitness Services
            8|1|Farming, Ranching, Forestry|36 Farming, Ranching, Forestry
            9|9|Finance|37 Financial Services;38 Capital Markets;39 Investment Banking;40 Investment Management;41 Venture Capital & Private Equity;42 Banking;43 International Trade & Development;44 Insurance
            10|1|Government|45 Government Administration;46 Administration of Justice;47 Fire Protection;48 Law Enforcement;49 Public Safety;50 Education Administration Programs;51 Health & Human Services;52 Housing & Community Development;53 Military;54 International Affairs;55 Public Policy Offices;56 Executive Offices;57 Legislative Offices;58 Government Relations Services
            11|8|Hospitals, Healthcare & Clinics|59 Hospitals & Healthcare;60 Community Services;61 Individual & Family Services;62 Alternative Medicine;63 Home Health Care Services;64 Mental Health Care;65 Medical Practices;66 Nursing Homes & Residential Care
            12|12|Manufacturing|67 Apparel;68 Appliances, Electrical, & Electronics;69 Chemicals & Related Products;70 Personal Care Products;71 Pharmaceuticals;72 Computer Equipment & Electronics;73 Computer Hardware;74 Semiconductor & Renewable Energy;75 Fabricated Metal Products;76 Food & Beverage;77 Furniture;78 Glass, Ceramics, Clay & Concrete;79 Industrial Machinery & Equipment;80 Medical Equipment;81 Paper & Forest Product;82 Plastics & Rubber Products;83 Sporting Goods;84 Textile;85 Tobacco;86 Aerospace & Defense;87 Motor Vehicles;88 Railroad Equipment;89 Shipbuilding
            13|1|Oil, Gas & Mining|90 Mining;91 Oil & Gas
            14|14|Business Services|92 Accounting & Services;93 Advertising & Marketing Services;94 Public Relations & Communications;95 Market Research Services;96 Architecture & Planning;97 Business Consulting & Services;98 Environmental Services;99 Human Resources Services;100 Outsourcing & Offshoring Consulting;101 Design Services;103 IT Consulting & IT Services;104 Law Firms & Legal Services;105 Photography Services;106 Biotechnology Research Services;107 Research Services;108 Veterinary Services
            15|4|Real Estate|109 Real Estate
            16|7|Retail|110 Retail Luxury Goods & Jewelry;111 Food & Beverage Retail;112 Grocery Retail;113 Retail Apparel & Fashion;114 Retail Office Equipment;115 Retail
            17|18|Technology, Information & Media|116 Book & Newspaper Publishing;117 Broadcast Media Production & Distribution;118 Movies, Videos & Sound;119 Telecommunications;120 Data Infrastructure & Analytics;121 Blockchain Services;122 Information Services;123 Internet Publishing;124 Internet Shop & Marketplace;125 Social Networking Platforms;126 Computer & Mobile Games;127 Computer Networking Products;128 Computer & Network Security Services;129 Software Development
            18|4|Transportation, Logistics, Supply Chain & Storage|130 Airlines, Airports & Air Services;131 Freight & Package Transportation;132 Ground Passenger Transportation;133 Maritime Transportation;134 Truck Transportation;135 Warehousing & Storage
            19|1|Utilities|136 Utilities
            20|2|Wholesale|137 Wholesale;138 Wholesale Building Materials;139 Wholesale Import & Export
            """;

    /** Main industries, each with its weight and sub-industries, in id order. */
    static final List<Main> MAINS = parse();

    private Industries() {
    }

    /** One main industry: how often companies get it and its sub-industries. */
    record Main(int weight, List<Industry> subs) {
    }

    private static List<Main> parse() {
        List<Main> mains = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] cols = line.split("\\|");
            int mainId = Integer.parseInt(cols[0]);
            List<Industry> subs = new ArrayList<>();
            for (String sub : cols[3].split(";")) {
                int space = sub.indexOf(' ');
                subs.add(new Industry(mainId, cols[2], Integer.parseInt(sub.substring(0, space)), sub.substring(space + 1)));
            }
            mains.add(new Main(Integer.parseInt(cols[1]), List.copyOf(subs)));
        }
        return List.copyOf(mains);
    }
}
