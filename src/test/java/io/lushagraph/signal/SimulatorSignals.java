package io.lushagraph.signal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.lushagraph.simulator.Sim;
import io.restassured.path.json.JsonPath;

/**
 * What the simulator's signal endpoints answer when asked directly, as the {@code (type, date)} pairs a gateway
 * {@code signals { type date }} selection should show: GraphQL type names, newest first.
 */
final class SimulatorSignals {

    private SimulatorSignals() {
    }

    /** Each contact's signals of {@code types} (Lusha names) since {@code startDate} (null: the default). */
    static Map<String, List<Map<String, Object>>> contacts(List<String> ids, List<String> types, String startDate) {
        return ask("/api/signals/contacts", "contactIds", "contacts", ids, types, startDate);
    }

    static Map<String, List<Map<String, Object>>> companies(List<String> ids, List<String> types, String startDate) {
        return ask("/api/signals/companies", "companyIds", "companies", ids, types, startDate);
    }

    private static Map<String, List<Map<String, Object>>> ask(String path, String idsField, String answerField,
            List<String> ids, List<String> types, String startDate) {
        Map<String, List<Map<String, Object>>> signals = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 100) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 100)).stream().map(Long::valueOf)
                    .toList();
            Map<String, Object> body = new HashMap<>(Map.of(idsField, chunk, "signals", types));
            if (startDate != null) {
                body.put("startDate", startDate);
            }
            JsonPath json = Sim.api().body(body).post(path).then().statusCode(200).extract().jsonPath();
            for (Long id : chunk) {
                signals.put(id.toString(), pairs(json.getMap(answerField + ".'" + id + "'"), types));
            }
        }
        return signals;
    }

    private static List<Map<String, Object>> pairs(Map<String, Object> entity, List<String> types) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (String type : types) {
            for (Object item : (List<?>) entity.getOrDefault(type, List.of())) {
                Map<?, ?> fields = (Map<?, ?>) item;
                Object date = fields.containsKey("signalDate") ? fields.get("signalDate")
                        : fields.get("articlePublishedDate");
                pairs.add(Map.of("type", graphQLName(type), "date", date));
            }
        }
        pairs.sort(Comparator.comparing((Map<String, Object> p) -> (String) p.get("date")).reversed());
        return pairs;
    }

    /** {@code companyChange} to {@code COMPANY_CHANGE}, {@code headcountIncrease3m} to {@code HEADCOUNT_INCREASE_3M}. */
    static String graphQLName(String lushaName) {
        return lushaName.replaceAll("([a-z])([A-Z0-9])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }
}
