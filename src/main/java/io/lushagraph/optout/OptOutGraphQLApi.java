package io.lushagraph.optout;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.lushagraph.upstream.ErrorCode;
import io.lushagraph.upstream.GatewayException;

/** The enforced opt-outs, the same for every tenant and without personal data. */
@GraphQLApi
public class OptOutGraphQLApi {

    private static final int MAX_LIMIT = 1000;

    private final OptOuts optOuts;

    public OptOutGraphQLApi(OptOuts optOuts) {
        this.optOuts = optOuts;
    }

    @Query("optOuts")
    @Description("Enforced opt-outs, newest first, without personal data.")
    @NonNull
    public List<@NonNull OptOutRecord> optOuts(
            @Name("limit") @DefaultValue("100") @Description("At most this many, 1 to 1000.") Integer limit,
            @Name("since") @Description("Only those enforced at or after this time.") OffsetDateTime since)
            throws GatewayException {
        int n = limit == null ? 100 : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw GatewayException.of(ErrorCode.INVALID_INPUT, "limit must be between 1 and " + MAX_LIMIT);
        }
        return optOuts.records(n, since == null ? null : since.toInstant().toEpochMilli());
    }
}
