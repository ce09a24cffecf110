package org.brainbridge.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.brainbridge.graph.model.NodeKind;

/**
 * The closed vocabulary of machine-checkable conditions a criterion may use. Each judges the facts of one actor; none
 * ever answers MET without a graph fact to show for it, and {@link NotJudgeable} never answers anything but UNKNOWN.
 */
sealed interface Condition {

    /** The actor kinds policy matching serves. */
    Set<NodeKind> ACTORS =
            Set.of(NodeKind.ENTERPRISE, NodeKind.INSTITUTION, NodeKind.TALENT, NodeKind.INVESTOR, NodeKind.PROJECT);

    Judgement judge(ActorFacts facts);

    /** {@code kind-in ENTERPRISE, INSTITUTION:hospital|university}: the actor's kind, and its sub-kind where given. */
    record KindIn(Map<NodeKind, Set<String>> kinds) implements Condition {

        /** The property holding the sub-kind codes of a kind, if it has one. */
        static String subKindProperty(NodeKind kind) {
            return switch (kind) {
                case INSTITUTION -> "kinds";
                case INVESTOR -> "investorType";
                default -> null;
            };
        }

        @Override
        public Judgement judge(ActorFacts facts) {
            NodeKind kind = facts.actor().kind();
            String wanted = kinds.entrySet().stream()
                    .map(e -> label(e.getKey(), e.getValue(), true))
                    .collect(Collectors.joining("、"));
            String wantedEn = kinds.entrySet().stream()
                    .map(e -> label(e.getKey(), e.getValue(), false))
                    .collect(Collectors.joining(", "));
            if (!kinds.containsKey(kind)) {
                return Judgement.of(
                        Outcome.NOT_MET,
                        "是%s，不是%s".formatted(kind.zh(), wanted),
                        "Kind: %s; this provision is for: %s"
                                .formatted(kind.en().toLowerCase(Locale.ROOT), wantedEn));
            }
            Set<String> subKinds = kinds.get(kind);
            if (subKinds.isEmpty()) {
                return Judgement.of(
                        Outcome.MET,
                        "是%s".formatted(kind.zh()),
                        "Kind: %s".formatted(kind.en().toLowerCase(Locale.ROOT)));
            }
            List<String> actual = Facts.codes(facts.actor().property(subKindProperty(kind)));
            if (actual.isEmpty()) {
                return Judgement.of(
                        Outcome.UNKNOWN,
                        "数据未记录%s的类型".formatted(kind.zh()),
                        "The data does not record the type of this %s"
                                .formatted(kind.en().toLowerCase(Locale.ROOT)));
            }
            List<String> hit = actual.stream().filter(subKinds::contains).toList();
            String property = subKindProperty(kind);
            if (!hit.isEmpty()) {
                return Judgement.of(
                        Outcome.MET,
                        "类型：" + Facts.labels(kind, property, hit, true),
                        "Type: " + Facts.labels(kind, property, hit, false));
            }
            return Judgement.of(
                    Outcome.NOT_MET,
                    "类型为%s，不在所列类型中".formatted(Facts.labels(kind, property, actual, true)),
                    "Its type is %s, not one of those named".formatted(Facts.labels(kind, property, actual, false)));
        }

        private static String label(NodeKind kind, Set<String> subKinds, boolean zh) {
            if (subKinds.isEmpty()) {
                return zh ? kind.zh() : kind.en().toLowerCase(Locale.ROOT);
            }
            String codes = Facts.labels(kind, subKindProperty(kind), List.copyOf(subKinds), zh);
            return zh
                    ? "%s（%s）".formatted(kind.zh(), codes)
                    : "%s (%s)".formatted(kind.en().toLowerCase(Locale.ROOT), codes);
        }
    }

    /** {@code located-in region-360000}: located in the region or anywhere below it. */
    record LocatedIn(String regionId) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            if (facts.places().isEmpty()) {
                return Judgement.of(Outcome.UNKNOWN, "数据未记录所在地区", "The data does not record where it is");
            }
            List<Evidence> hits = new ArrayList<>();
            String regionName = null;
            for (ActorFacts.Place place : facts.places()) {
                for (ActorFacts.Named within : place.within()) {
                    if (within.id().equals(regionId)) {
                        hits.add(new Evidence(place.id(), NodeKind.REGION, place.name(), "region"));
                        regionName = within.name();
                    }
                }
            }
            if (!hits.isEmpty()) {
                String places = Facts.names(hits);
                return Judgement.of(
                        Outcome.MET,
                        Facts.first(Facts.distinct(hits)),
                        hits.getFirst().id().equals(regionId)
                                ? "位于%s".formatted(places)
                                : "位于%s（属%s）".formatted(places, regionName),
                        hits.getFirst().id().equals(regionId)
                                ? "Located in %s".formatted(places)
                                : "Located in %s (within %s)".formatted(places, regionName));
            }
            List<Evidence> all = facts.places().stream()
                    .map(p -> new Evidence(p.id(), NodeKind.REGION, p.name(), "region"))
                    .toList();
            for (ActorFacts.Place place : facts.places()) {
                for (ActorFacts.Named zone : place.overlappedBy()) {
                    if (zone.id().equals(regionId)) {
                        return Judgement.of(
                                Outcome.UNKNOWN,
                                all,
                                "位于%s，%s只覆盖其一部分，数据不足以判断".formatted(place.name(), zone.name()),
                                "Located in %s, which %s covers only in part: the data cannot tell"
                                        .formatted(place.name(), zone.name()));
                    }
                }
            }
            return Judgement.of(
                    Outcome.NOT_MET,
                    all,
                    "位于%s，不在所要求地区".formatted(Facts.names(all)),
                    "Located in %s, outside the region required".formatted(Facts.names(all)));
        }
    }

    /** {@code works-on tech-bci}: works on, researches, uses, has skills in or invests in the technology subtree. */
    record WorksOn(String technologyId) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            return Facts.inTree(
                    facts.technologies(),
                    Set.of(technologyId),
                    NodeKind.TECHNOLOGY,
                    "technology",
                    new String[] {"数据未记录其技术方向", "技术方向：%s", "技术方向为%s，不属所要求领域"},
                    new String[] {
                        "The data records no technology for it",
                        "Technologies: %s",
                        "Its technologies (%s) are outside the field required"
                    });
        }
    }

    /** {@code in-segment chain-up-chips|chain-mid-actuators}: in one of the chain segments or below. */
    record InSegment(Set<String> segmentIds) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            return Facts.inTree(
                    facts.segments(),
                    segmentIds,
                    NodeKind.CHAIN_SEGMENT,
                    "segment",
                    new String[] {"数据未记录其产业链环节", "产业链环节：%s", "所在环节为%s，不在所列环节"},
                    new String[] {
                        "The data records no chain segment for it",
                        "Chain segments: %s",
                        "Its segments (%s) are not among those named"
                    });
        }
    }

    /** {@code serves-domain medical|rehabilitation}: serves a scenario of one of the domains. */
    record ServesDomain(Set<String> domains) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            if (facts.scenarios().isEmpty()) {
                return Judgement.of(Outcome.UNKNOWN, "数据未记录其应用场景", "The data records no scenario for it");
            }
            List<Evidence> hits = facts.scenarios().stream()
                    .filter(s -> s.domain() != null && domains.contains(s.domain()))
                    .map(s -> new Evidence(s.id(), NodeKind.SCENARIO, s.name(), "scenario"))
                    .toList();
            if (!hits.isEmpty()) {
                return Judgement.of(
                        Outcome.MET,
                        Facts.first(hits),
                        "服务场景：" + Facts.names(Facts.first(hits)),
                        "Serves: " + Facts.names(Facts.first(hits)));
            }
            List<Evidence> all = facts.scenarios().stream()
                    .map(s -> new Evidence(s.id(), NodeKind.SCENARIO, s.name(), "scenario"))
                    .toList();
            return Judgement.of(
                    Outcome.NOT_MET,
                    Facts.first(all),
                    "服务场景（%s）不属所列领域".formatted(Facts.names(Facts.first(all))),
                    "Its scenarios (%s) are outside the fields named".formatted(Facts.names(Facts.first(all))));
        }
    }

    /** {@code has-qualification high_tech|specialised}: holds one of the qualifications. */
    record HasQualification(Set<String> codes) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            return Facts.codesIn(facts, "qualifications", codes, "资质", "qualifications");
        }
    }

    /** {@code stage-in seed|angel}: its stage (an investor: one of its stages) is one of these. */
    record StageIn(Set<String> codes) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            String key = facts.actor().kind() == NodeKind.INVESTOR ? "stages" : "stage";
            return Facts.codesIn(facts, key, codes, "发展阶段", "stage");
        }
    }

    /** {@code seeks investment|partner}: a project seeking one of these. */
    record Seeks(Set<String> codes) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            return Facts.codesIn(facts, "seeks", codes, "需求", "seeks");
        }
    }

    /**
     * {@code has-product class=class_ii|class_iii registration=registered}: makes a product with every attribute
     * given; with no attribute, makes any product. An enterprise's own device class and registration status count as a
     * product of its own.
     */
    record HasProduct(Set<String> deviceClasses, Set<String> registrations) implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            if (facts.products().isEmpty()) {
                return Judgement.of(Outcome.UNKNOWN, "数据未记录其产品", "The data records no product for it");
            }
            List<Evidence> hits = new ArrayList<>();
            boolean undecided = false;
            for (ActorFacts.Product product : facts.products()) {
                Boolean classOk = matches(deviceClasses, product.deviceClass());
                Boolean registrationOk = matches(registrations, product.registrationStatus());
                if (Boolean.TRUE.equals(classOk) && Boolean.TRUE.equals(registrationOk)) {
                    hits.add(evidence(facts, product));
                } else if (!Boolean.FALSE.equals(classOk) && !Boolean.FALSE.equals(registrationOk)) {
                    undecided = true;
                }
            }
            if (!hits.isEmpty()) {
                return Judgement.of(
                        Outcome.MET,
                        Facts.first(hits),
                        "产品：" + describe(facts, hits, true),
                        "Products: " + describe(facts, hits, false));
            }
            List<Evidence> all =
                    facts.products().stream().map(p -> evidence(facts, p)).toList();
            if (undecided) {
                return Judgement.of(
                        Outcome.UNKNOWN,
                        Facts.first(all),
                        "产品（%s）的类别或注册状态未记录".formatted(Facts.names(Facts.first(all))),
                        "The class or registration of its products (%s) is not recorded"
                                .formatted(Facts.names(Facts.first(all))));
            }
            return Judgement.of(
                    Outcome.NOT_MET,
                    Facts.first(all),
                    "产品（%s）不符合".formatted(describe(facts, all, true)),
                    "Its products (%s) do not qualify".formatted(describe(facts, all, false)));
        }

        private static Boolean matches(Set<String> wanted, String actual) {
            if (wanted.isEmpty()) {
                return true;
            }
            return actual == null ? null : wanted.contains(actual);
        }

        private static Evidence evidence(ActorFacts facts, ActorFacts.Product product) {
            boolean own = product.id().equals(facts.actor().id());
            return new Evidence(product.id(), own ? facts.actor().kind() : NodeKind.PRODUCT, product.name(), "product");
        }

        private static String describe(ActorFacts facts, List<Evidence> products, boolean zh) {
            Map<String, ActorFacts.Product> byId = new LinkedHashMap<>();
            facts.products().forEach(p -> byId.putIfAbsent(p.id(), p));
            return Facts.first(products).stream()
                    .map(e -> {
                        ActorFacts.Product p = byId.get(e.id());
                        List<String> parts = new ArrayList<>();
                        if (p.deviceClass() != null) {
                            parts.add(Facts.label(NodeKind.PRODUCT, "deviceClass", p.deviceClass(), zh));
                        }
                        if (p.registrationStatus() != null) {
                            parts.add(Facts.label(NodeKind.PRODUCT, "registrationStatus", p.registrationStatus(), zh));
                        }
                        return parts.isEmpty()
                                ? e.name()
                                : e.name() + (zh ? "（" : " (") + String.join(zh ? "，" : ", ", parts) + (zh ? "）" : ")");
                    })
                    .collect(Collectors.joining(zh ? "、" : "; "));
        }
    }

    /** {@code runs-clinical-trials}: hosts, sponsors or has products in clinical trials. */
    record RunsClinicalTrials() implements Condition {
        static final Set<String> IN_TRIAL = Set.of("feasibility", "pivotal", "completed", "post_market");

        @Override
        public Judgement judge(ActorFacts facts) {
            List<Evidence> hits = new ArrayList<>();
            for (ActorFacts.Trial trial : facts.trials()) {
                if (!trial.subjectId().equals(facts.actor().id())) {
                    NodeKind kind = NodeKind.byId(trial.subjectId()).orElse(NodeKind.PROJECT);
                    hits.add(new Evidence(trial.subjectId(), kind, trial.subjectName(), "trial"));
                }
                if (!trial.siteId().equals(facts.actor().id())) {
                    hits.add(new Evidence(trial.siteId(), NodeKind.INSTITUTION, trial.siteName(), "trial site"));
                }
            }
            for (ActorFacts.Product product : facts.products()) {
                if (product.clinicalTrialPhase() != null && IN_TRIAL.contains(product.clinicalTrialPhase())) {
                    hits.add(new Evidence(product.id(), NodeKind.PRODUCT, product.name(), "trial"));
                }
            }
            if (!hits.isEmpty()) {
                List<Evidence> distinct = Facts.distinct(hits);
                return Judgement.of(
                        Outcome.MET,
                        Facts.first(distinct),
                        "临床试验：" + Facts.names(Facts.first(distinct)),
                        "Clinical trials: " + Facts.names(Facts.first(distinct)));
            }
            boolean allKnown = !facts.products().isEmpty()
                    && facts.products().stream().allMatch(p -> p.clinicalTrialPhase() != null);
            if (allKnown) {
                return Judgement.of(Outcome.NOT_MET, "产品均未进入临床试验", "None of its products is in clinical trials");
            }
            return Judgement.of(Outcome.UNKNOWN, "数据未记录临床试验", "The data records no clinical trial");
        }
    }

    /** {@code leads-project}: a talent who leads a project. */
    record LeadsProject() implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            if (facts.ledProjects().isEmpty()) {
                return Judgement.of(Outcome.NOT_MET, "数据未记录其负责的项目", "The data records no project it leads");
            }
            List<Evidence> projects = facts.ledProjects().stream()
                    .map(p -> new Evidence(p.id(), NodeKind.PROJECT, p.name(), "project"))
                    .toList();
            return Judgement.of(
                    Outcome.MET,
                    Facts.first(projects),
                    "负责项目：" + Facts.names(Facts.first(projects)),
                    "Leads: " + Facts.names(Facts.first(projects)));
        }
    }

    /** {@code not-judgeable}: the text gives nothing the data can check (「符合条件的」, 「有条件的」, 「按规定」). */
    record NotJudgeable() implements Condition {
        @Override
        public Judgement judge(ActorFacts facts) {
            return Judgement.of(
                    Outcome.UNKNOWN,
                    "原文未给出可由数据判断的条件，需向责任单位确认",
                    "The text gives nothing the data can check: ask the responsible bodies");
        }
    }

    /** A condition that does not parse; {@code offset} is where in the condition text the problem is. */
    final class SyntaxException extends RuntimeException {
        final int offset;

        SyntaxException(int offset, String message) {
            super(message);
            this.offset = offset;
        }
    }
}
