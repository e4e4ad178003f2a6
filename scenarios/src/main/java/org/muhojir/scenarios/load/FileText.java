package org.muhojir.scenarios.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/**
 * The text of a scenario file (or another input file, such as calibration targets), read only if it is one: a regular file of at most {@link #MAX_BYTES} bytes (checked
 * before reading), in UTF-8. A UTF-8 byte order mark is skipped (RFC 8259, section 8.1, lets a parser ignore it);
 * UTF-16 or UTF-32 text, bytes that are not UTF-8, folders, pipes and devices are refused with a message that says
 * which they are, and never with the content of the file.
 *
 * @param text   the file's text, without a byte order mark
 * @param sha256 SHA-256 of the file's bytes, as read
 */
public record FileText(String text, String sha256) {
    /** Largest scenario file read: 16 MiB, a thousand times the largest bundled scenario (about 8 KiB). */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Why a file was not read, and where in it (line and column from 1, or 0 for the whole file). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        Refused(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        /** Line of the problem from 1, or 0 if it concerns the whole file. */
        public int line() {
            return line;
        }

        /** Column of the problem from 1 (in characters), or 0 if it concerns the whole file. */
        public int column() {
            return column;
        }
    }

    /**
     * Reads {@code file}.
     *
     * @throws Refused if it is not a regular file, too large, not UTF-8 or cannot be read
     */
    public static FileText read(Path file) throws Refused {
        byte[] bytes = bytes(file);
        return new FileText(decode(withoutBom(bytes)), ScenarioLoader.sha256(bytes));
    }

    private static byte[] bytes(Path file) throws Refused {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (a.isDirectory()) {
                throw new Refused("this is a folder, not a scenario file; name a .json file", 0, 0);
            }
            if (!a.isRegularFile()) {
                throw new Refused("this is " + kind(file) + ", not a scenario file; name a regular .json file", 0, 0);
            }
            if (a.size() > MAX_BYTES) {
                throw new Refused(tooLarge(a.size()), 0, 0);
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] b = in.readNBytes((int) MAX_BYTES + 1);
                if (b.length > MAX_BYTES) {
                    throw new Refused(tooLarge(b.length), 0, 0); // it grew while being read
                }
                return b;
            }
        } catch (NoSuchFileException e) {
            throw new Refused("no such file", 0, 0);
        } catch (IOException e) {
            throw new Refused("cannot read the file (" + e.getClass().getSimpleName() + ")", 0, 0);
        }
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is %,d bytes, more than the %d MiB a scenario file may have; "
                + "is it a scenario file?", size, MAX_BYTES / (1024 * 1024));
    }

    /** What a file that is neither a folder nor a regular file is, as far as the system tells. */
    private static String kind(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a named pipe (FIFO)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file (neither a regular file nor a folder)";
        }
    }

    private static byte[] withoutBom(byte[] b) {
        boolean bom = b.length >= 3 && b[0] == UTF8_BOM[0] && b[1] == UTF8_BOM[1] && b[2] == UTF8_BOM[2];
        return bom ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
    }

    private static String decode(byte[] b) throws Refused {
        String wide = wideEncoding(b);
        if (wide != null) {
            throw new Refused("the file is " + wide + " (as Windows Notepad's \"Unicode\" saves it); save it as "
                    + "UTF-8", 0, 0);
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            throw invalidUtf8(b, in.position());
        }
        d.flush(out);
        return out.flip().toString();
    }

    /** UTF-16 or UTF-32 by its byte order mark, or by the zero bytes around the first (ASCII) character; else null. */
    private static String wideEncoding(byte[] b) {
        if (b.length >= 4 && (b[1] == 0 && b[2] == 0) && (b[0] == 0) != (b[3] == 0)) {
            return "UTF-32";
        }
        boolean bom = b.length >= 2 && (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF
                || b[0] == (byte) 0xFF && b[1] == (byte) 0xFE);
        boolean zeroPadded = b.length >= 2 && (b[0] == 0) != (b[1] == 0);
        return bom || zeroPadded ? "UTF-16" : null;
    }

    /** The first byte that is not UTF-8, placed by line and column (counting characters, from 1). */
    private static Refused invalidUtf8(byte[] b, int at) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at; i++) {
            if (b[i] == '\n') {
                line++;
                column = 1;
            } else if ((b[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new Refused(String.format(Locale.ROOT, "invalid UTF-8 at line %d, column %d (byte 0x%02X); the file "
                + "is probably in another encoding (Latin-1, Windows-1252): save it as UTF-8", line, column,
                b[at] & 0xFF), line, column);
    }
}
