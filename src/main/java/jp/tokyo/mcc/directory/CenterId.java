package jp.tokyo.mcc.directory;

import java.util.Locale;
import java.util.Optional;

/** The two centers, with the codes of docs/contract.md's staff API. */
public enum CenterId {
    /** 区部: the 23 wards; at 都立大塚病院. */
    KUBU,
    /** 多摩地域: Tama cities, towns and villages; at 都立小児総合医療センター. */
    TAMA;

    /** {@code kubu} or {@code tama}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CenterId> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (CenterId id : values()) {
            if (id.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
