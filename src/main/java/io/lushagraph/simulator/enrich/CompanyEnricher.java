package io.lushagraph.simulator.enrich;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.inject.Singleton;

import io.lushagraph.simulator.SimulatorUniverse;
import io.lushagraph.simulator.billing.Billing;
import io.lushagraph.simulator.billing.RevealKey;
import io.lushagraph.simulator.gate.JsonBodies;
import io.lushagraph.simulator.gate.RequestRejected;
import io.lushagraph.simulator.gate.SimEndpoint;
import io.lushagraph.simulator.gate.SimReply;
import io.lushagraph.simulator.gate.SimulatorStats;
import io.lushagraph.simulator.signal.InlineSignals;
import io.lushagraph.simulator.signal.SignalDesk;
import io.lushagraph.simulator.universe.Company;
import io.lushagraph.simulator.universe.Universe;

/**
 * Answers {@code GET /v2/company} and the bulk company endpoints; a matched company costs one credit. Bulk requests
 * may ask for signals, which come as one array per signal type on each company.
 */
@Singleton
public class CompanyEnricher {

    private static final String NOT_FOUND = "Could not find requested data";

    private final SimulatorUniverse universe;
    private final Billing billing;
    private final SimulatorStats stats;
    private final JsonBodies bodies;
    private final SignalDesk signals;

    public CompanyEnricher(SimulatorUniverse universe, Billing billing, SimulatorStats stats, JsonBodies bodies,
            SignalDesk signals) {
        this.universe = universe;
        this.billing = billing;
        this.stats = stats;
        this.bodies = bodies;
        this.signals = signals;
    }

    SimReply single(String companyId, String domain, String name) {
        List<String> errors = new ArrayList<>();
        BulkCompanyRequest.Item query = new BulkCompanyRequest.Item("query", domain, name, companyId, null);
        if (Batches.isBlank(companyId) && Batches.isBlank(domain) && Batches.isBlank(name)) {
            throw RequestRejected.validation("At least one of domain, company or companyId is required");
        }
        OptionalInt index = match(universe.get(), query, "companyId", errors);
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        if (index.isEmpty()) {
            return SimReply.ok(new CompanyWire.SingleCompanyResponse(null, new CompanyWire.ErrorMessage(NOT_FOUND),
                    CompanyMapper.emptyMeta()));
        }
        Company company = charged(universe.get(), index.getAsInt());
        return SimReply.ok(new CompanyWire.SingleCompanyResponse(CompanyMapper.single(company), null,
                CompanyMapper.emptyMeta()));
    }

    SimReply bulk(SimEndpoint endpoint, String body) {
        BulkCompanyRequest request = bodies.read(body, BulkCompanyRequest.class);
        List<BulkCompanyRequest.Item> items = request.companies();
        Batches.checkSize("companies", items);
        Universe world = universe.get();
        List<String> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<OptionalInt> matches = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            matches.add(validate(world, items.get(i), "companies[" + i + "]", seen, errors));
        }
        if (!errors.isEmpty()) {
            throw RequestRejected.validation(errors);
        }
        InlineSignals asked = InlineSignals.company(request.signals(), request.signalsStartDate(),
                request.signalsFilters());
        stats.recordBatch(endpoint, items.size());
        Map<String, CompanyWire.BulkCompany> answer = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (matches.get(i).isPresent()) {
                Company company = charged(world, matches.get(i).getAsInt());
                answer.put(items.get(i).id(),
                        CompanyMapper.bulk(company).withSignals(signals.inline(company, asked)));
            }
        }
        return SimReply.ok(answer);
    }

    private static OptionalInt validate(Universe world, BulkCompanyRequest.Item item, String path, Set<String> seen,
            List<String> errors) {
        if (item == null) {
            errors.add(path + " must be an object");
            return OptionalInt.empty();
        }
        Batches.checkKey(path + ".id", item.id(), seen, errors);
        if (Batches.isBlank(item.domain()) && Batches.isBlank(item.name()) && Batches.isBlank(item.companyId())
                && Batches.isBlank(item.fqdn())) {
            errors.add(path + " must include domain, name, companyId or fqdn");
        }
        return match(world, item, path + ".companyId", errors);
    }

    /** The company by Lusha id, then domain, then FQDN, then name. */
    private static OptionalInt match(Universe world, BulkCompanyRequest.Item item, String idPath,
            List<String> errors) {
        Long id = Batches.numericId(idPath, item.companyId(), errors);
        OptionalInt found = id == null ? OptionalInt.empty() : world.companyById(id);
        if (found.isEmpty() && !Batches.isBlank(item.domain())) {
            found = world.companyByDomain(item.domain());
        }
        if (found.isEmpty() && !Batches.isBlank(item.fqdn())) {
            found = world.companyByDomain(item.fqdn());
        }
        if (found.isEmpty() && !Batches.isBlank(item.name())) {
            found = world.companyByName(item.name());
        }
        return found;
    }

    private Company charged(Universe world, int index) {
        Company company = world.company(index);
        billing.charge(RevealKey.company(company.id()));
        return company;
    }
}
