package org.brainbridge.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashSet;
import java.util.Set;
import org.brainbridge.IntegrationTest;
import org.brainbridge.graph.model.NodeKind;
import org.brainbridge.graph.model.PropertySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/** The schema file and the model agree: every field of a node type is a property, a common field or a relation. */
@IntegrationTest
class SchemaWiringTest {

    private static final Set<String> COMMON = Set.of("id", "kind", "provenance", "properties");

    @Autowired
    GraphQlSource source;

    @Test
    void everyNodeFieldIsBackedByTheModel() {
        GraphQLSchema schema = source.schema();
        for (NodeKind kind : NodeKind.values()) {
            GraphQLObjectType type = schema.getObjectType(kind.label());
            assertThat(type).as("schema type for %s", kind.label()).isNotNull();
            Set<String> expected = new HashSet<>(COMMON);
            kind.properties().stream().map(PropertySpec::key).forEach(expected::add);
            RelationFields.ALL.stream()
                    .filter(f -> f.owner() == kind)
                    .map(RelationField::field)
                    .forEach(expected::add);
            assertThat(type.getFieldDefinitions())
                    .extracting(GraphQLFieldDefinition::getName)
                    .as("fields of %s", kind.label())
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(type.getFieldDefinitions())
                    .allSatisfy(f -> assertThat(f.getDescription())
                            .as("description of %s.%s", kind.label(), f.getName())
                            .isNotBlank());
        }
    }

    @Test
    void relationFieldsHaveTheTypeTheModelSays() {
        GraphQLSchema schema = source.schema();
        for (RelationField field : RelationFields.ALL) {
            GraphQLFieldDefinition definition =
                    schema.getObjectType(field.owner().label()).getFieldDefinition(field.field());
            GraphQLType type = GraphQLTypeUtil.unwrapNonNull(definition.getType());
            assertThat(type instanceof GraphQLList)
                    .as("%s.%s is a list", field.owner(), field.field())
                    .isEqualTo(field.many());
            String target = GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(type));
            assertThat(target)
                    .isEqualTo(field.target() == null ? "Node" : field.target().label());
            assertThat(field.type().from().contains(field.owner())
                            || field.type().to().contains(field.owner()))
                    .as("%s connects %s", field.type(), field.owner())
                    .isTrue();
        }
    }

    @Test
    void everyPublicTypeAndFieldIsDescribed() {
        source.schema().getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLObjectType && !t.getName().startsWith("__"))
                .map(t -> (GraphQLObjectType) t)
                .filter(t -> !Set.of("Query", "Mutation").contains(t.getName()))
                .forEach(t -> {
                    assertThat(t.getDescription())
                            .as("description of type %s", t.getName())
                            .isNotBlank();
                    t.getFieldDefinitions()
                            .forEach(f -> assertThat(f.getDescription())
                                    .as("description of %s.%s", t.getName(), f.getName())
                                    .isNotBlank());
                });
        source.schema()
                .getQueryType()
                .getFieldDefinitions()
                .forEach(f -> assertThat(f.getDescription())
                        .as("description of Query.%s", f.getName())
                        .isNotBlank());
    }

    static boolean nonNull(GraphQLType type) {
        return type instanceof GraphQLNonNull;
    }
}
