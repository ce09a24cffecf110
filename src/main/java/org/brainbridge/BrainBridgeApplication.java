package org.brainbridge;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** BrainBridge (脑桥): the Jiangxi brain-computer-interface industry knowledge graph and matchmaking portal. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BrainBridgeApplication {

    public static void main(String[] args) {
        SpringApplication.run(BrainBridgeApplication.class, args);
    }
}
