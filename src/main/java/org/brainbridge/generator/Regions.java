package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.brainbridge.generator.Taxonomy.Region;

/**
 * Where actors are: a weighted list of places (Jiangxi's county-level divisions and a few cities outside the
 * province). Nanchang and the Ganjiang New Area's counties weigh most, then Ganzhou, Jiujiang and the other cities;
 * about 3 % of actors are outside Jiangxi (partners and investors from Beijing, Shanghai, Shenzhen and so on).
 */
final class Regions {

    /** City weights by division code: Nanchang first, then Ganzhou and Jiujiang (the province's other poles). */
    private static final Map<String, Double> CITY_WEIGHT = Map.ofEntries(
            Map.entry("360100", 38.0),
            Map.entry("360700", 12.0),
            Map.entry("360400", 10.0),
            Map.entry("361100", 6.0),
            Map.entry("360900", 6.0),
            Map.entry("360800", 5.0),
            Map.entry("361000", 4.0),
            Map.entry("360300", 3.0),
            Map.entry("360500", 3.0),
            Map.entry("360200", 3.0),
            Map.entry("360600", 3.0));

    private static final double OUTSIDE_SHARE = 0.03;
    private static final String NANCHANG = "360100";

    private final Taxonomy taxonomy;
    private final List<Region> places = new ArrayList<>();
    private final double[] cumulative;
    private final double[] coreCumulative;
    private final int[] outside;
    private final Region province;

    Regions(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        List<Region> counties = taxonomy.regions.values().stream()
                .filter(r -> r.jiangxi() && "county".equals(r.level()))
                .toList();
        List<Region> outside = taxonomy.regions.values().stream()
                .filter(r -> !r.jiangxi() && isOutsidePlace(r))
                .toList();
        double jiangxiTotal = counties.stream()
                .map(Region::cityCode)
                .distinct()
                .mapToDouble(c -> CITY_WEIGHT.getOrDefault(c, 2.0))
                .sum();
        List<Double> weights = new ArrayList<>();
        List<Double> core = new ArrayList<>();
        for (Region county : counties) {
            String city = county.cityCode();
            double inCity = counties.stream()
                    .filter(c -> c.cityCode().equals(city))
                    .mapToDouble(this::countyWeight)
                    .sum();
            double share = CITY_WEIGHT.getOrDefault(city, 2.0) / jiangxiTotal * countyWeight(county) / inCity;
            places.add(county);
            weights.add(share * (outside.isEmpty() ? 1 : 1 - OUTSIDE_SHARE));
            core.add(
                    inZone(county)
                            ? 3.0
                            : city.equals(NANCHANG) && county.name().endsWith("区") ? 1.0 : 0.0);
        }
        for (Region r : outside) {
            places.add(r);
            weights.add(OUTSIDE_SHARE / outside.size());
            core.add(0.0);
        }
        this.outside =
                java.util.stream.IntStream.range(counties.size(), places.size()).toArray();
        cumulative = Rand.cumulative(
                weights.stream().mapToDouble(Double::doubleValue).toArray());
        coreCumulative =
                Rand.cumulative(core.stream().mapToDouble(Double::doubleValue).toArray());
        province = taxonomy.regions.values().stream()
                .filter(r -> "360000".equals(r.code()))
                .findFirst()
                .orElse(null);
    }

    // Outside Jiangxi: cities, and province-level municipalities (Beijing, Shanghai) that have no city below them.
    private boolean isOutsidePlace(Region r) {
        if (r.code() == null || r.code().length() != 6) {
            return false;
        }
        if ("city".equals(r.level())) {
            return true;
        }
        String prefix = r.code().substring(0, 2);
        return "province".equals(r.level())
                && taxonomy.regions.values().stream()
                        .noneMatch(o -> "city".equals(o.level()) && o.code().startsWith(prefix));
    }

    private double countyWeight(Region county) {
        if (inZone(county)) {
            return 8;
        }
        return county.name().endsWith("区") ? 3 : county.name().endsWith("市") ? 2 : 1;
    }

    int size() {
        return places.size();
    }

    /** A place drawn from the regional weights. */
    int pick(Rand rand) {
        return rand.weighted(cumulative);
    }

    /** A place in the cluster's core (the Ganjiang New Area counties and Nanchang's districts), for the hubs. */
    int pickCore(Rand rand) {
        return rand.weighted(coreCumulative);
    }

    /** A place outside Jiangxi (a Jiangxi place if the taxonomy has none). */
    int pickOutside(Rand rand) {
        return outside.length == 0 ? pick(rand) : outside[rand.below(outside.length)];
    }

    Region place(int place) {
        return places.get(place);
    }

    boolean inZone(Region r) {
        return taxonomy.zoneCounties.contains(r.id());
    }

    boolean inZone(int place) {
        return inZone(places.get(place));
    }

    boolean jiangxi(int place) {
        return places.get(place).jiangxi();
    }

    /** The place's city (a county's prefecture-level city; the place itself otherwise). */
    Region city(int place) {
        Region r = places.get(place);
        Region city = taxonomy.regions.get("region-" + r.cityCode());
        return city == null ? r : city;
    }

    Region province() {
        return province;
    }

    Region zone() {
        return taxonomy.zone;
    }

    /** "南昌市青山湖区" for a county, the name otherwise. */
    String zh(int place) {
        Region r = places.get(place);
        return "county".equals(r.level()) ? city(place).name() + r.name() : r.name();
    }

    /** "Qingshanhu District, Nanchang" for a county, the English name otherwise. */
    String en(int place) {
        Region r = places.get(place);
        return "county".equals(r.level()) ? r.nameEn() + ", " + city(place).nameEn() : r.nameEn();
    }
}
