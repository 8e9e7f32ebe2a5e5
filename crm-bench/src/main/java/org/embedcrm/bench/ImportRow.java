package org.embedcrm.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One generated person to import: the same values go into the CSV file the importer reads and into the plain JDBC
 * insert it is compared with. Reproducible: a fixed random seed.
 *
 * @param firstName first name
 * @param lastName  last name
 * @param email     unique per row
 * @param phone     a Belgian mobile number, international form
 * @param country   ISO code
 * @param language  ISO code
 * @param role      {@code customer} or {@code prospect}
 * @param rating    0 to 3
 */
record ImportRow(String firstName, String lastName, String email, String phone, String country, String language,
                 String role, int rating) {

    static final String HEADER = "first_name,last_name,email,phones,country,language,roles,star_rating";
    static final String LEAD_HEADER = "title,contact_name,email,phone,value,source,status";

    private static final List<String> SOURCES = List.of("Website", "Referral", "Trade Show");
    private static final List<String> STATUSES = List.of("New", "Contacted", "Qualified");

    private static final List<String> FIRST = List.of("Anna", "Bart", "Chloé", "Dirk", "Emma", "Filip", "Greet",
            "Hugo", "Inès", "Jan");
    private static final List<String> LAST = List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems",
            "De Smet", "Dubois", "Lambert", "Van den Berg");
    private static final List<String> COUNTRIES = List.of("BE", "BE", "NL", "FR", "DE");

    /** @return {@code count} rows, the same for the same count */
    static List<ImportRow> generate(int count) {
        Random random = new Random(42);
        List<ImportRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST.get(random.nextInt(FIRST.size()));
            String last = LAST.get(random.nextInt(LAST.size()));
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            rows.add(new ImportRow(first, last, "person." + i + "@example.com",
                    String.format("+32 470 %02d %02d %02d", i / 10_000 % 100, i / 100 % 100, i % 100), country,
                    country.equals("FR") ? "fr" : country.equals("DE") ? "de" : "nl",
                    random.nextInt(5) < 2 ? "customer" : "prospect", random.nextInt(4)));
        }
        return rows;
    }

    /** @return the rows as a UTF-8 CSV file of persons with a header */
    static byte[] csv(List<ImportRow> rows) {
        return csv(HEADER, rows.stream().map(r -> String.join(",", r.firstName, r.lastName, r.email, r.phone,
                r.country, r.language, r.role, Integer.toString(r.rating))).toList());
    }

    /**
     * @return the rows as a UTF-8 CSV file of leads with a header: a title, the person as contact, their e-mail
     *         address and phone, a value, and a lead source and status of a new tenant's settings
     */
    static byte[] leadCsv(List<ImportRow> rows) {
        return csv(LEAD_HEADER, rows.stream().map(r -> String.join(",", "Fleet of " + r.lastName,
                r.firstName + " " + r.lastName, r.email, r.phone, (r.rating * 2500) + ".00 EUR",
                SOURCES.get(r.rating % SOURCES.size()), STATUSES.get(r.role.length() % STATUSES.size()))).toList());
    }

    private static byte[] csv(String header, List<String> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(header + "\r\n");
            for (String line : lines) {
                out.write(line + "\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
