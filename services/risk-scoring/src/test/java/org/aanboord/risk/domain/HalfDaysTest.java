package org.aanboord.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.junit.jupiter.api.Test;

class HalfDaysTest {

    @Test
    void theAbsencesKeptAlongFollowEveryRegistrationCorrectionAndRevocation() {
        HalfDays year = HalfDays.copyOf(new HashMap<>())
                .with(Slot.parse("2026-10-06/AM"), entry(AttendanceCode.B, 1))
                .with(Slot.parse("2026-10-05/PM"), entry(AttendanceCode.Z, 1))
                .with(Slot.parse("2026-10-07/AM"), entry(AttendanceCode.R, 1))
                .with(Slot.parse("2026-10-05/AM"), entry(AttendanceCode.B, 1))
                .with(Slot.parse("2026-10-06/AM"), entry(AttendanceCode.Z, 2))
                .with(Slot.parse("2026-10-05/PM"), entry(null, 2))
                .with(Slot.parse("2026-10-08/AM"), entry(null, 1))
                .with(Slot.parse("2026-10-05/PM"), entry(AttendanceCode.B, 3));

        assertThat(listed(year.absences())).containsExactly("2026-10-05 AM B", "2026-10-05 PM B", "2026-10-06 AM Z",
                "2026-10-07 AM R");
        assertThat(year.keySet()).as("every half-day by its key, revoked ones too").containsExactly("2026-10-05/AM",
                "2026-10-05/PM", "2026-10-06/AM", "2026-10-07/AM", "2026-10-08/AM");
        assertThat(year.get("2026-10-05/PM")).isEqualTo(entry(AttendanceCode.B, 3));
        assertThat(listed(year.absences())).as("the same as read from the stored half-days")
                .isEqualTo(listed(HalfDays.copyOf(new HashMap<>(year)).absences()));
    }

    private static HalfDayEntry entry(AttendanceCode code, int version) {
        return new HalfDayEntry("school-1", code, version);
    }

    private static List<String> listed(AttendanceFacts.Absences absences) {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < absences.size(); i++) {
            listed.add(absences.slot(i) + " " + absences.code(i));
        }
        return listed;
    }
}
