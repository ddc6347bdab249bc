package jp.tokyo.mcc.admin.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import jp.tokyo.mcc.admin.AdminFileException;
import jp.tokyo.mcc.shared.AdminFile;
import jp.tokyo.mcc.shared.AdminFileSet;

/** Administrator files as a zip laid out as the flows/ folder (what a center keeps in git). */
final class FileArchive {

    /** Largest zip taken, and largest text of one entry (a flow file is a few kilobytes). */
    static final int MAX_ZIP_BYTES = 10 * 1024 * 1024;
    static final int MAX_ENTRY_BYTES = 1024 * 1024;
    static final int MAX_ENTRIES = 500;

    private FileArchive() {
    }

    static byte[] write(AdminFileSet files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (AdminFile f : files.all()) {
                zip.putNextEntry(new ZipEntry("flows/" + f.path()));
                zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The entries of a zip by path (a leading {@code flows/} taken off; folders and names the caller checks).
     * Texts must be UTF-8; sizes are bounded, so that a crafted zip cannot fill the memory.
     */
    static Map<String, String> read(byte[] zip) {
        if (zip == null || zip.length == 0 || zip.length > MAX_ZIP_BYTES) {
            throw new AdminFileException(AdminFileException.Reason.BAD_REQUEST,
                    "send a zip of at most " + MAX_ZIP_BYTES / 1024 / 1024 + " MB");
        }
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int count = 0;
            while ((entry = in.getNextEntry()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw bad("the zip has more than " + MAX_ENTRIES + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("flows/")) {
                    name = name.substring("flows/".length());
                }
                byte[] content = in.readNBytes(MAX_ENTRY_BYTES + 1);
                if (content.length > MAX_ENTRY_BYTES) {
                    throw bad(name + " is larger than " + MAX_ENTRY_BYTES / 1024 + " KB");
                }
                entries.put(name, utf8(name, content));
            }
        } catch (IOException e) {
            throw bad("not a zip file");
        }
        if (entries.isEmpty()) {
            throw bad("not a zip file, or an empty one");
        }
        return entries;
    }

    static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString()
                    .replace("\r\n", "\n").replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw bad(name + " is not UTF-8 text");
        }
    }

    private static AdminFileException bad(String detail) {
        return new AdminFileException(AdminFileException.Reason.BAD_REQUEST, detail);
    }
}
