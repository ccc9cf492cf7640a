package io.lushagraph.simulator.signal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.enrich.Batches;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code POST /api/signals/companies} (by Lusha company id) and {@code /api/signals/companies/search} (by
 * domain or name). Companies not found are left out of the answer.
 */
@Singleton
public class CompanySignalEndpoints {

    private final SimulatorUniverse universe;
    private final SignalDesk desk;
    private final SimulatorStats stats;
    private final JsonBodies bodies;

    public CompanySignalEndpoints(SimulatorUniverse universe, SignalDesk desk, SimulatorStats stats,
            JsonBodies bodies) {
        this.universe = universe;
        this.desk = desk;
        this.stats = stats;
        this.bodies = bodies;
    }

    SimReply byId(String body) {
        SignalWire.CompaniesById request = bodies.read(body, SignalWire.CompaniesById.class);
        Batches.checkSize("companyIds", request.companyIds());
        if (request.companyIds().contains(null)) {
            throw RequestRejected.validation("each value in companyIds must be an integer number");
        }
        Query query = query(request.signals(), request.startDate(), request.maxResultsPerSignal(),
                request.filters());
        stats.recordBatch(SimEndpoint.COMPANY_SIGNALS, request.companyIds().size());
        Universe world = universe.get();
        Answer answer = new Answer(query);
        for (Long id : request.companyIds()) {
            OptionalInt index = world.companyById(id);
            if (index.isPresent()) {
                answer.add(Long.toString(id), world.company(index.getAsInt()));
            }
        }
        return SimReply.ok(answer.reply());
    }

    SimReply search(String body) {
        SignalWire.CompaniesSearch request = bodies.read(body, SignalWire.CompaniesSearch.class);
        Batches.checkSize("companies", request.companies());
        validate(request.companies());
        Query query = query(request.signals(), request.startDate(), request.maxResultsPerSignal(),
                request.filters());
        stats.recordBatch(SimEndpoint.COMPANY_SIGNALS_SEARCH, request.companies().size());
        Universe world = universe.get();
        Answer answer = new Answer(query);
        for (SignalWire.CompanyQuery company : request.companies()) {
            OptionalInt index = match(world, company);
            if (index.isPresent()) {
                answer.add(company.id(), world.company(index.getAsInt()));
            }
        }
        return SimReply.ok(answer.reply());
    }

    private Query query(List<String> signals, String startDate, Integer maxResults, SignalRequests.Filters filters) {
        List<String> types = SignalRequests.companyTypes("signals", signals);
        CompanySignalFilter filter = SignalRequests.filter("filters", filters);
        return new Query(types, desk.windowOf(startDate, maxResults), filter);
    }

    private static void validate(List<SignalWire.CompanyQuery> companies) {
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < companies.size(); i++) {
            String path = "companies[" + i + "]";
            SignalWire.CompanyQuery company = companies.get(i);
            if (company == null) {
                errors.add(path + " must be an object");
                continue;
            }
            Batches.checkKey(path + ".id", company.id(), seen, errors);
            boolean named = !Batches.isBlank(company.name()) || !Batches.isBlank(company.domain());
            if (!named && !Batches.isBlank(company.id()) && SignalRequests.numeric(company.id()) == null) {
                errors.add(path + " must include name, domain, or a numeric id");
            }
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
    }

    /** By domain, then name; the {@code id} is the Lusha company id only when neither is given. */
    private static OptionalInt match(Universe world, SignalWire.CompanyQuery company) {
        OptionalInt found = OptionalInt.empty();
        if (!Batches.isBlank(company.domain())) {
            found = world.companyByDomain(company.domain());
        }
        if (found.isEmpty() && !Batches.isBlank(company.name())) {
            found = world.companyByName(company.name());
        }
        if (Batches.isBlank(company.domain()) && Batches.isBlank(company.name())) {
            found = world.companyById(SignalRequests.numeric(company.id()));
        }
        return found;
    }

    /** What every company of one request is asked for. */
    private record Query(List<String> types, SignalWindow window, CompanySignalFilter filter) {
    }

    /** The answer being built: each company's signals and the credits charged. */
    private final class Answer {
        private final Query query;
        private final Map<String, Map<String, Object>> companies = new LinkedHashMap<>();
        private int charged;

        Answer(Query query) {
            this.query = query;
        }

        void add(String key, Company company) {
            if (companies.containsKey(key)) {
                return;
            }
            SignalDesk.Found found = desk.company(company, query.types(), query.window(), query.filter());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("companyId", Long.toString(company.id()));
            entry.put("companyName", company.name());
            entry.put("domain", company.domain());
            entry.putAll(found.byType());
            companies.put(key, entry);
            charged += found.creditCharged();
        }

        SignalWire.CompaniesAnswer reply() {
            return new SignalWire.CompaniesAnswer(companies, query.window().from().toString(),
                    query.window().to().toString(), charged);
        }
    }
}
