package io.lushagraph.signal.wire;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One contact signal ({@code promotion} or {@code companyChange}): where the person works now and, for a company
 * change, where they worked before. Also the {@code data} of a contact webhook delivery.
 *
 * @param personId Lusha person id (a string in signal answers, a number in webhook payloads)
 * @param currentDepartments a plain string in signal answers, {@code [{id, value}]} in webhook payloads; both read
 *        into the same list
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContactSignal(
        String personId,
        String currentCompanyId,
        String currentCompanyName,
        String currentDomain,
        String currentTitle,
        @JsonDeserialize(using = DepartmentsDeserializer.class) List<ContactSignalDepartment> currentDepartments,
        String currentSeniorityLabel,
        String previousCompanyName,
        String previousDomain,
        LocalDate signalDate) {
}
