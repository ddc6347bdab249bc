package jp.tokyo.mcc.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Looks for a text in every byte of every file under a folder, in every encoding it could have been written in:
 * UTF-8, UTF-16 (both byte orders) and H2's own string encoding (UTF-8-like, but the second and third bytes of a
 * character above U+007F carry no continuation bits, so a UTF-8 search never finds Japanese text in an H2 file).
 */
public final class ByteScan {

    private ByteScan() {
    }

    /** Where the text was found: "file (encoding)" for each hit. */
    public static List<String> find(Path folder, String text) {
        Map<String, byte[]> needles = encodings(text);
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(file);
                } catch (java.nio.file.NoSuchFileException deletedMeanwhile) {
                    // a running bot deletes files too (the intake journal's segments, every second)
                    continue;
                }
                needles.forEach((encoding, needle) -> {
                    int count = count(bytes, needle);
                    if (count > 0) {
                        hits.add(folder.relativize(file) + " (" + encoding + ", " + count + "x)");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** The text's bytes in each encoding it could be stored in. */
    public static Map<String, byte[]> encodings(String text) {
        Map<String, byte[]> needles = new LinkedHashMap<>();
        needles.put("UTF-8", text.getBytes(StandardCharsets.UTF_8));
        needles.put("UTF-16LE", text.getBytes(StandardCharsets.UTF_16LE));
        needles.put("UTF-16BE", text.getBytes(StandardCharsets.UTF_16BE));
        byte[] h2 = h2String(text);
        if (!java.util.Arrays.equals(h2, needles.get("UTF-8"))) {
            needles.put("H2", h2);
        }
        return needles;
    }

    /** H2's MVStore string encoding (DataUtils.writeStringData): 1, 2 or 3 bytes a char, no continuation bits. */
    static byte[] h2String(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0x800) {
                out.write(0xe0 | (c >> 12));
                out.write((c >> 6) & 0x3f);
                out.write(c & 0x3f);
            } else {
                out.write(0xc0 | (c >> 6));
                out.write(c & 0x3f);
            }
        }
        return out.toByteArray();
    }

    static int count(byte[] haystack, byte[] needle) {
        int count = 0;
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
