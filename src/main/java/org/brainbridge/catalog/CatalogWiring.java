package org.brainbridge.catalog;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.brainbridge.graph.GraphNode;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.dataloader.DataLoader;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Wires the node types of {@code catalog.graphqls} from the model instead of one hand-written method per field:
 * every kind's properties (masked where personal), its lookup and list on {@code Query}, and each of the ~90
 * relationship fields in {@link RelationFields} through its own batch loader, so a field costs one
 * {@code UNWIND $ids} statement per request whatever the page size (the same guarantee {@code @BatchMapping} gives).
 */
@Component
class CatalogWiring implements RuntimeWiringConfigurer {

    private final CatalogService service;
    private final NodePresenter presenter;

    CatalogWiring(CatalogService service, NodePresenter presenter, BatchLoaderRegistry loaders) {
        this.service = service;
        this.presenter = presenter;
        for (RelationField field : RelationFields.ALL) {
            loaders.<String, List<GraphNode>>forName(field.loaderName())
                    .registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> service.related(field, ids)));
        }
    }

    @Override
    public void configure(RuntimeWiring.Builder builder) {
        builder.type(
                "Node",
                t -> t.typeResolver(env -> env.getSchema()
                        .getObjectType(((GraphNode) env.getObject()).kind().label())));
        for (NodeKind kind : NodeKind.values()) {
            builder.type(nodeType(kind));
            builder.type(
                    "Query",
                    t -> t.dataFetcher(
                                    KindFields.lookup(kind),
                                    env -> service.node(kind, env.getArgument("id"))
                                            .orElse(null))
                            .dataFetcher(
                                    KindFields.list(kind),
                                    env -> service.page(
                                            kind,
                                            NodeFilter.from(env.getArgument("filter")),
                                            env.getArgument("first"),
                                            env.getArgument("after"))));
        }
    }

    private TypeRuntimeWiring nodeType(NodeKind kind) {
        TypeRuntimeWiring.Builder type = TypeRuntimeWiring.newTypeWiring(kind.label())
                .dataFetcher("id", env -> node(env).id())
                .dataFetcher("kind", env -> node(env).kind().name())
                .dataFetcher("name", env -> presenter.name(node(env)))
                .dataFetcher("illustrative", env -> node(env).illustrative())
                .dataFetcher("provenance", env -> node(env).provenance())
                .dataFetcher("properties", env -> presenter.properties(node(env)));
        for (PropertySpec property : kind.properties()) {
            if (!property.key().equals("name") && !property.key().equals("illustrative")) {
                type.dataFetcher(property.key(), env -> presenter.value(node(env), property.key()));
            }
        }
        RelationFields.ALL.stream()
                .filter(field -> field.owner() == kind)
                .forEach(field -> type.dataFetcher(field.field(), relation(field)));
        return type.build();
    }

    private static DataFetcher<CompletableFuture<?>> relation(RelationField field) {
        return env -> {
            DataLoader<String, List<GraphNode>> loader = env.getDataLoader(field.loaderName());
            CompletableFuture<List<GraphNode>> related = loader.load(node(env).id());
            return field.many() ? related : related.thenApply(nodes -> nodes.isEmpty() ? null : nodes.getFirst());
        };
    }

    private static GraphNode node(DataFetchingEnvironment env) {
        return env.getSource();
    }

    /** Names of the per-kind root fields, as in the schema. */
    static final class KindFields {
        private static final Map<NodeKind, String> PLURAL = Map.ofEntries(
                Map.entry(NodeKind.ENTERPRISE, "enterprises"),
                Map.entry(NodeKind.INSTITUTION, "institutions"),
                Map.entry(NodeKind.TALENT, "talents"),
                Map.entry(NodeKind.INVESTOR, "investors"),
                Map.entry(NodeKind.PROJECT, "projects"),
                Map.entry(NodeKind.PATENT, "patents"),
                Map.entry(NodeKind.PRODUCT, "products"),
                Map.entry(NodeKind.SCENARIO, "scenarios"),
                Map.entry(NodeKind.TECHNOLOGY, "technologies"),
                Map.entry(NodeKind.CHAIN_SEGMENT, "chainSegments"),
                Map.entry(NodeKind.REGION, "regions"),
                Map.entry(NodeKind.POLICY, "policies"),
                Map.entry(NodeKind.POLICY_SECTION, "policySections"),
                Map.entry(NodeKind.MEASURE, "measures"),
                Map.entry(NodeKind.RESPONSIBLE_BODY, "responsibleBodies"),
                Map.entry(NodeKind.SUPPORT_INSTRUMENT, "supportInstruments"),
                Map.entry(NodeKind.PROGRAMME, "programmes"),
                Map.entry(NodeKind.POSITION, "positions"),
                Map.entry(NodeKind.DATASET, "datasets"));

        private KindFields() {}

        static String lookup(NodeKind kind) {
            return Character.toLowerCase(kind.label().charAt(0)) + kind.label().substring(1);
        }

        static String list(NodeKind kind) {
            return PLURAL.get(kind);
        }
    }
}
