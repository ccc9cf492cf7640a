package io.lushagraph.optout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.lushagraph.store.Store;

/** One enforced opt-out, without personal data: the contact id, its dates and how many datapoints it suppressed. */
@Type("OptOutRecord")
@Description("An enforced opt-out, without personal data.")
public record OptOutRecord(
        @NonNull @Description("Lusha's id of the contact.") String contactId,
        @NonNull @Description("When the contact opted out, as Lusha writes it (UTC).") String optOutDate,
        @Description("When the contact was first revealed to the account, as Lusha writes it (UTC).") String exposureDate,
        @NonNull @Description("How many emails and phones were suppressed.") Integer datapointCount,
        @NonNull @Description("When the gateway enforced it.") OffsetDateTime recordedAt) {

    static List<OptOutRecord> read(Store store, int limit, Long sinceMillis) {
        String sql = "select contact_id, opt_out_date, exposure_date, datapoint_count, recorded_at from opt_out_record"
                + (sinceMillis == null ? "" : " where recorded_at >= ?") + " order by recorded_at desc limit ?";
        try (Connection c = store.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int next = 1;
            if (sinceMillis != null) {
                s.setLong(next++, sinceMillis);
            }
            s.setInt(next, limit);
            List<OptOutRecord> records = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    records.add(new OptOutRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            Instant.ofEpochMilli(rs.getLong(5)).atOffset(ZoneOffset.UTC)));
                }
            }
            return records;
        } catch (SQLException e) {
            throw new IllegalStateException("opt-out records could not be read", e);
        }
    }
}
