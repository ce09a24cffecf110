package org.brainbridge.generator;

import java.util.ArrayList;
import java.util.List;

/** Names of linked technologies and scenarios, for descriptions. */
final class Words {

    private final World world;

    Words(World world) {
        this.world = world;
    }

    List<String> techsZh(int[] techs) {
        List<String> out = new ArrayList<>(techs.length);
        for (int t : techs) {
            out.add(world.techs.plain.get(t));
        }
        return out;
    }

    List<String> techsEn(int[] techs) {
        List<String> out = new ArrayList<>(techs.length);
        for (int t : techs) {
            out.add(world.techs.en.get(t));
        }
        return out;
    }

    List<String> scenariosZh(int[] scenarios) {
        List<String> out = new ArrayList<>(scenarios.length);
        for (int s : scenarios) {
            out.add(world.scenarios.zh[s]);
        }
        return out;
    }

    List<String> scenariosEn(int[] scenarios) {
        List<String> out = new ArrayList<>(scenarios.length);
        for (int s : scenarios) {
            out.add(Fmt.lower(world.scenarios.en[s]));
        }
        return out;
    }
}
