package org.brainbridge.generator;

import org.brainbridge.graph.model.RelType;

/** Relationships several kinds start the same way. */
final class Edges {

    private Edges() {}

    /** LOCATED_IN the place, and most of the time also in the Ganjiang New Area when the place is one of its counties. */
    static void locatedIn(World world, Output out, String id, int place, Rand r) {
        out.edge(RelType.LOCATED_IN, id, world.regions.place(place).id());
        if (world.regions.inZone(place) && world.regions.zone() != null && r.chance(0.7)) {
            out.edge(RelType.LOCATED_IN, id, world.regions.zone().id());
        }
    }

    /** The id of an organisation in the joint numbering of talents' and projects' employers: enterprises, then institutions. */
    static String organisation(World world, int org) {
        int enterprises = world.enterprises.count;
        return org < enterprises ? world.enterprises.id(org) : world.institutions.id(org - enterprises);
    }

    static String organisationZh(World world, int org) {
        int enterprises = world.enterprises.count;
        return org < enterprises ? world.enterprises.zh[org] : world.institutions.zh[org - enterprises];
    }

    static String organisationEn(World world, int org) {
        int enterprises = world.enterprises.count;
        return org < enterprises ? world.enterprises.en[org] : world.institutions.en[org - enterprises];
    }

    static int organisationPlace(World world, int org) {
        int enterprises = world.enterprises.count;
        return org < enterprises ? world.enterprises.place[org] : world.institutions.place[org - enterprises];
    }

    /** The main theme of an organisation. */
    static int organisationTheme(World world, int org) {
        int enterprises = world.enterprises.count;
        return org < enterprises ? world.enterprises.theme[org] : world.institutions.mainTheme(org - enterprises);
    }
}
