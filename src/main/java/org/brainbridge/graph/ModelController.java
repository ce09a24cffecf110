package org.brainbridge.graph;

import java.util.Arrays;
import java.util.List;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.brainbridge.graph.model.RelType;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves the graph model, so that clients label codes and build generic views without hard-coding them. */
@Controller
class ModelController {

    @QueryMapping
    GraphModel model() {
        return MODEL;
    }

    private static final GraphModel MODEL = new GraphModel(
            Arrays.stream(NodeKind.values())
                    .map(k -> new KindModel(
                            k.name(), k.label(), k.idPrefix(), k.zh(), k.en(), properties(k, k.properties())))
                    .toList(),
            Arrays.stream(RelType.values())
                    .map(t -> new RelationshipModel(
                            t.type(),
                            t.zh(),
                            t.en(),
                            t.from().stream().map(Enum::name).sorted().toList(),
                            t.to().stream().map(Enum::name).sorted().toList(),
                            properties(null, t.properties())))
                    .toList());

    private static List<PropertyModel> properties(NodeKind kind, List<PropertySpec> specs) {
        return specs.stream()
                .map(p -> new PropertyModel(
                        p.key(),
                        p.column(),
                        p.type().name(),
                        kind != null && kind.isPersonal(p),
                        p.zh(),
                        p.en(),
                        p.codes()))
                .toList();
    }

    record GraphModel(List<KindModel> kinds, List<RelationshipModel> relationshipTypes) {}

    record KindModel(
            String kind,
            String label,
            String idPrefix,
            String labelZh,
            String labelEn,
            List<PropertyModel> properties) {}

    record RelationshipModel(
            String type,
            String labelZh,
            String labelEn,
            List<String> from,
            List<String> to,
            List<PropertyModel> properties) {}

    record PropertyModel(
            String key,
            String column,
            String type,
            boolean personal,
            String labelZh,
            String labelEn,
            List<org.brainbridge.graph.model.Code> codes) {}
}
