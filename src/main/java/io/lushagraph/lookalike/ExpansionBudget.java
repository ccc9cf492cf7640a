package io.lushagraph.lookalike;

import java.util.HashSet;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;
import io.lushagraph.upstream.GatewayException;
import io.smallrye.graphql.api.Context;

/**
 * How many parents one GraphQL request has expanded the lookalikes of: each expansion is a Lusha call that spends
 * credits, so past the configured maximum a request's further expansions fail with {@code INVALID_INPUT}. The same
 * parent with the same limit counts once.
 */
final class ExpansionBudget {

    private final int max;
    private final Set<Object> expanded = new HashSet<>();

    private ExpansionBudget(int max) {
        this.max = max;
    }

    /** The budget of the GraphQL request the resolver serves, kept in graphql-java's per-execution context. */
    static ExpansionBudget of(Context context, int max) {
        return context.unwrap(DataFetchingEnvironment.class).getGraphQlContext()
                .computeIfAbsent(ExpansionBudget.class, key -> new ExpansionBudget(max));
    }

    /** Admits one more expansion, or refuses it when the request has already expanded the maximum. */
    synchronized void admit(Object expansion) throws GatewayException {
        if (!expanded.contains(expansion) && expanded.size() >= max) {
            throw LookalikeInputs.invalid("One request may expand lookalikes of at most " + max
                    + " people and companies, as each costs a Lusha call and credits; page with contactLookalikes "
                    + "or companyLookalikes instead");
        }
        expanded.add(expansion);
    }
}
