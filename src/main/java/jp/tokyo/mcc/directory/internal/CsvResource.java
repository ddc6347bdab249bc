package jp.tokyo.mcc.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's simple CSV resources (UTF-8, a header line, no quoted fields). */
final class CsvResource {

    private CsvResource() {
    }

    /** The data rows (header skipped), each split on commas; blank lines ignored. */
    static List<String[]> rows(String classpathLocation, int columns) {
        try (InputStream in = CsvResource.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + classpathLocation);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            List<String[]> rows = new ArrayList<>();
            String[] lines = text.split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(classpathLocation + " line " + (i + 1) + ": expected " + columns
                            + " columns, found " + cells.length);
                }
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = cells[c].strip();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
