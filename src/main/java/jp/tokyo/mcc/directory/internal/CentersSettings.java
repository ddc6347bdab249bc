package jp.tokyo.mcc.directory.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jp.tokyo.mcc.directory.Center;
import jp.tokyo.mcc.directory.CenterId;
import jp.tokyo.mcc.directory.Municipality;

/**
 * A valid {@code flows/centers.yaml}: both centers, which center serves each region, and whether the islands'
 * center is confirmed (and what families on the islands are told while it is not).
 */
public record CentersSettings(Map<CenterId, Center> centers, Map<Municipality.Region, CenterId> routing,
                              boolean islandsConfirmed, String islandsNote) {

    public CentersSettings {
        centers = Map.copyOf(new EnumMap<>(centers));
        routing = Map.copyOf(new EnumMap<>(routing));
    }

    public Center center(CenterId id) {
        return centers.get(id);
    }

    /** Both centers, KUBU then TAMA. */
    public List<Center> centerList() {
        return List.of(centers.get(CenterId.KUBU), centers.get(CenterId.TAMA));
    }

    public CenterId centerFor(Municipality.Region region) {
        return routing.get(region);
    }
}
