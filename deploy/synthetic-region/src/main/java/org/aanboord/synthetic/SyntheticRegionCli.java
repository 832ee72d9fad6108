package org.aanboord.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;

/**
 * Writes a region's registrations to standard output, as JSON lines (one POST body each) or as a CSV export, or its
 * other early-warning signals as JSON lines (one {@code POST /api/signals} body each):
 * {@code java -cp ... org.aanboord.synthetic.SyntheticRegionCli [seed] [pupils] [from] [until] [json|csv|signals]}.
 */
public final class SyntheticRegionCli {

    private SyntheticRegionCli() {
    }

    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        int pupils = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        LocalDate from = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2026, 9, 1);
        LocalDate until = args.length > 3 ? LocalDate.parse(args[3]) : LocalDate.of(2026, 10, 23);
        String mode = args.length > 4 ? args[4].toLowerCase(Locale.ROOT) : "json";
        Region region = RegionGenerator.generate(RegionSpec.ofPupils(seed, pupils, from, until));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if ("signals".equals(mode)) {
            writeSignals(region.signals(), out);
        } else {
            write(region.attendance(), "csv".equals(mode), out);
        }
        out.flush();
    }

    static void writeSignals(Iterator<SyntheticSignal> signals, Writer out) throws IOException {
        while (signals.hasNext()) {
            out.write(signals.next().toJson());
            out.write('\n');
        }
    }

    static void write(Iterator<SyntheticRegistration> registrations, boolean csv, Writer out) throws IOException {
        if (csv) {
            out.write(SyntheticRegistration.CSV_HEADER);
            out.write('\n');
        }
        while (registrations.hasNext()) {
            SyntheticRegistration registration = registrations.next();
            out.write(csv ? registration.toCsvRow() : registration.toJson());
            out.write('\n');
        }
    }
}
