package io.lushagraph.simulator.universe;

import java.util.List;

/** Word pools for people's and companies' names and street addresses (ASCII letters only, so emails stay plain). */
final class Names {

    static final List<String> FIRST = words("""
            James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph
            Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony Betty Mark Sandra Donald Ashley Steven
            Emily Andrew Kimberly Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah
            Timothy Stephanie Ronald Rebecca Jason Laura Edward Sharon Jeffrey Cynthia Ryan Kathleen Jacob Amy Gary
            Angela Nicholas Shirley Eric Anna Jonathan Brenda Stephen Pamela Larry Emma Justin Nicole Scott Helen Brandon
            Samantha Benjamin Katherine Samuel Christine Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet
            Raymond Maria Jack Olivia Dennis Heather Jerry Catherine Tyler Diane Aaron Julie Noam Tamar Yael Omer Dana
            Lior Maya Itai Priya Arjun Ananya Rohan Wei Mei Hiroshi Yuki Sofia Lucas Mateo Camila Lena Felix Clara Jonas
            Ingrid Lars Elena Marco Giulia Pierre Camille Hugo Chloe Liam Aoife Sean Niamh Fatima Omar Layla Diego Lucia
            """);

    static final List<String> LAST = words("""
            Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson
            Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
            Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera
            Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
            Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim
            Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
            Sanders Patel Myers Long Ross Foster Jimenez Cohen Levi Mizrahi Peretz Friedman Shapiro Sharma Gupta Singh
            Chen Wang Zhang Tanaka Sato Suzuki Muller Schmidt Schneider Fischer Weber Rossi Russo Bianchi Dubois Laurent
            Bernard Janssen Visser Larsen Nielsen Andersson Johansson Silva Santos Oliveira Byrne Walsh Novak Kowalski
            """);

    static final List<String> COMPANY_FIRST = words("""
            Blue Bright Silver Golden Red Green North South East West Summit Harbor River Stone Iron Cedar Maple Oak Pine
            Swift Clear Prime True Bold Quantum Nova Stellar Lunar Solar Apex Vertex Pinnacle Crystal Coral Amber Ivory
            Cobalt Crimson Falcon Eagle Lion Tiger Wolf Fox Hawk Orbit Pixel Vector Signal Beacon Anchor Bridge Canyon
            Delta Echo Zenith Atlas Meridian Horizon
            """);

    static final List<String> COMPANY_SECOND = words("""
            Wave Peak Field Point Path Line Works Forge Gate Light Stream Leaf Rock Ridge Bay Grove Valley Spark Pulse
            Shift Loop Core Mind Cloud Data Logic Scale Craft Yard Mill Port Hub Nest Sphere Frame Grid Arc Flow
            Trail Tide Crest Star Bloom Root Wing Sail Vista Quest Rise Dock Lane Mark Key Haven Bell Stack Code Vault
            """);

    static final List<String> COMPANY_SUFFIX = words("""
            Labs Systems Group Partners Solutions Technologies Holdings Industries Analytics Health Capital Logistics
            Media Foods Energy Consulting
            """);

    static final List<String> STREETS = words("""
            Main Market Broadway Park Elm Washington Lake Hill Church Mill Union Harbor Bridge Spring Center Madison
            Franklin Jefferson Lincoln King Queen Victoria Station Garden
            """);

    private Names() {
    }

    private static List<String> words(String block) {
        return List.of(block.strip().split("\\s+"));
    }
}
