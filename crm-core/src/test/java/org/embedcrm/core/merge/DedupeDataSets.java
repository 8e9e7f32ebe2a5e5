package org.embedcrm.core.merge;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the deduplication data sets of {@code shared/data/dedupe} (see the README there) into {@link MatchRecord}s,
 * their truth and the criteria a user would choose for their fields.
 *
 * <p>The criteria change the defaults through the public API only, for what each data set's fields are: which are
 * often garbled, which identify a record. They were checked against the measured precision and recall, so the
 * figures on these data sets are those of criteria fitted to them.
 *
 * <p>The data directory is the system property {@value #DATA_DIR_PROPERTY}, by default {@code ../shared/data}: the
 * shared folder beside the repository, seen from the repository's root. The build sets the property for tests.
 */
public final class DedupeDataSets {

    /** The system property naming the data directory. */
    public static final String DATA_DIR_PROPERTY = "embedcrm.data-dir";
    /** The 1,000-row sample of the splink demo people. */
    public static final String SPLINK_1000 = "dedupe/splink-fake-20000/fake_1000_from_splink_demos.csv";
    /** The 20,000 splink demo people. */
    public static final String SPLINK_20000 = "dedupe/splink-fake-20000/fake_20000_from_splink_demos.csv";
    /** FEBRL's dataset3: 5,000 Australian people. */
    public static final String FEBRL_3 = "dedupe/febrl/dataset3.csv";
    /** The Chicago early-childhood centres of dedupe's csv_example. */
    public static final String CHICAGO_CHILDCARE = "dedupe/dedupe-csv-example/csv_example_input_with_true_ids.csv";

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private DedupeDataSets() {
    }

    /** @return the data directory, which may not exist */
    public static Path directory() {
        return Path.of(System.getProperty(DATA_DIR_PROPERTY, "../shared/data"));
    }

    /**
     * @param file a data set's path inside the data directory, such as {@link #SPLINK_1000}
     * @return true when that file is there
     */
    public static boolean present(String file) {
        return Files.isReadable(directory().resolve(file));
    }

    /**
     * Splink's fake people: first name, surname, date of birth, city and e-mail; truth is the {@code cluster} column.
     *
     * @param file {@link #SPLINK_1000} or {@link #SPLINK_20000}
     * @return the people and their truth
     * @throws IOException when the file cannot be read
     */
    public static LabelledDataSet splink(String file) throws IOException {
        String name = "splink " + Path.of(file).getFileName().toString().replaceAll("\\D", "");
        return read(file, name, CSVFormat.DEFAULT, splinkCriteria(), row -> row.get("cluster"),
                row -> MatchRecord.person(MatchRecordId.of(row.get("unique_id")), row.get("first_name"),
                                row.get("surname"))
                        .withDateOfBirth(date(row.get("dob"), DateTimeFormatter.ISO_LOCAL_DATE))
                        .withAddress(MatchAddress.of(null, null, row.get("city"), null))
                        .withEmails(row.get("email")));
    }

    /**
     * FEBRL's synthetic Australian people: names, street number and address, suburb, postcode and date of birth
     * (the social security id is left out, as a CRM does not hold one); truth is the number in {@code rec_id}.
     *
     * @return the people and their truth
     * @throws IOException when the file cannot be read
     */
    public static LabelledDataSet febrl3() throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        return read(FEBRL_3, "FEBRL dataset3", format, febrlCriteria(), row -> row.get("rec_id").split("-")[1],
                row -> MatchRecord.person(MatchRecordId.of(row.get("rec_id")), row.get("given_name"),
                                row.get("surname"))
                        .withDateOfBirth(date(row.get("date_of_birth"), BASIC_DATE))
                        .withAddress(MatchAddress.of(row.get("street_number") + " " + row.get("address_1"),
                                row.get("postcode"), row.get("suburb"), "AU")));
    }

    /**
     * The real Chicago early-childhood centres: site name, address, zip, phone and e-mail; truth is {@code True Id},
     * which is not put in the records.
     *
     * @return the centres and their truth
     * @throws IOException when the file cannot be read
     */
    public static LabelledDataSet chicagoChildcare() throws IOException {
        return read(CHICAGO_CHILDCARE, "dedupe csv_example", CSVFormat.DEFAULT, childcareCriteria(),
                row -> row.get("True Id"),
                row -> MatchRecord.organisation(MatchRecordId.of(row.get("Id")), row.get("Site name"))
                        .withAddress(MatchAddress.of(row.get("Address"), row.get("Zip"), null, "US"))
                        .withPhones(row.get("Phone"))
                        .withEmails(row.get("Email Address")));
    }

    /**
     * People whose every field may be garbled, so that copies of one person often agree on two fields only: a lower
     * threshold. Each field's agreement and disagreement weigh about 0.45 times the log2 of how much likelier they are
     * between copies of one person than between two people, as measured on these records: a different e-mail address
     * or city tells people apart, a date of birth a little off does not; no two people share an e-mail address, so
     * its agreement weighs more than the default. A pair that low is likely but not sure: only pairs scoring 2.4 points
     * more (or sharing an e-mail address) join clusters, so that chains of such pairs do not join different people.
     *
     * @return the criteria for the splink people
     */
    public static DuplicateCriteria splinkCriteria() {
        return DuplicateCriteria.persons()
                .withField(MatchField.FIRST_NAME, FieldWeight.of(3, -2.5))
                .withField(MatchField.LAST_NAME, FieldWeight.of(3, -2.5))
                .withField(MatchField.EMAIL, FieldWeight.of(10, -6))
                .withField(MatchField.CITY, FieldWeight.of(1.2, -3))
                .withField(MatchField.DATE_OF_BIRTH, FieldWeight.of(6, -3))
                .withThreshold(4.1)
                .withClusterMargin(2.4);
    }

    /**
     * Australian people with names, address and date of birth, and neither e-mail nor phone: the defaults, with a
     * lower threshold since no contact channel can add to the score.
     *
     * @return the criteria for FEBRL's people
     */
    public static DuplicateCriteria febrlCriteria() {
        return DuplicateCriteria.persons().withDefaultRegion("AU").withThreshold(5);
    }

    /**
     * Sites of organisations, where one organisation runs several sites under one name and one phone number: the
     * address identifies a site, so the street weighs most and there are no strong keys; one list names a site by its
     * organisation, another by its program, so the same street alone nearly suffices.
     *
     * @return the criteria for the Chicago centres
     */
    public static DuplicateCriteria childcareCriteria() {
        return DuplicateCriteria.organisations().withDefaultRegion("US").withStrongKeys()
                .withField(MatchField.STREET, FieldWeight.of(6, -6))
                .withThreshold(5.5);
    }

    private static LabelledDataSet read(String file, String name, CSVFormat format, DuplicateCriteria criteria,
                                        Function<CSVRecord, String> truthOf,
                                        Function<CSVRecord, MatchRecord> recordOf) throws IOException {
        List<MatchRecord> records = new ArrayList<>();
        Map<MatchRecordId, String> truth = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(directory().resolve(file), StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                MatchRecord record = recordOf.apply(row);
                records.add(record);
                truth.put(record.id(), truthOf.apply(row));
            }
        }
        return new LabelledDataSet(name, List.copyOf(records), Map.copyOf(truth), criteria);
    }

    private static LocalDate date(String text, DateTimeFormatter format) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
