package io.pageflow.batch;

import java.util.Locale;
import java.util.Optional;

/**
 * What an archive entry may be. Pure rules, so that they are easy to test: which entries are skipped
 * (folders, hidden files, macOS metadata), which are refused (paths leaving the archive, nested archives).
 */
public final class ZipRules {

    private static final String[] ARCHIVE_EXTENSIONS = {".zip", ".jar", ".7z", ".rar", ".tar", ".gz", ".tgz", ".bz2", ".xz"};

    private ZipRules() {
    }

    /** Folders, hidden files and operating-system metadata are not documents. */
    public static boolean isSkipped(String name, boolean directory) {
        if (directory || name.endsWith("/")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    /** Why an entry is refused, or empty when it may be read. */
    public static Optional<String> refusal(String name, byte[] head) {
        String normalized = name.replace('\\', '/');
        if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*") || normalized.equals("..")
                || normalized.startsWith("../") || normalized.contains("/../") || normalized.endsWith("/..")) {
            return Optional.of("UNSAFE_PATH");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        for (String extension : ARCHIVE_EXTENSIONS) {
            if (lower.endsWith(extension)) {
                return Optional.of("NESTED_ARCHIVE");
            }
        }
        // A ZIP by content may be an office document (DOCX, ODT...): the intake looks inside and refuses the others.
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 5 || head[2] == 7)) {
            return Optional.of("NESTED_ARCHIVE");
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return Optional.of("NESTED_ARCHIVE");
        }
        return Optional.empty();
    }
}
