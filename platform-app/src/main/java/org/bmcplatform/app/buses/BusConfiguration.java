package org.bmcplatform.app.buses;

import org.bmcplatform.sim.board.BoardFile;
import org.bmcplatform.sim.board.BoardSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the board ({@code bmc.board}, or the built-in default) and starts it. A bad board file stops startup. */
@Configuration(proxyBeanMethods = false)
class BusConfiguration {
    private static final Logger log = LoggerFactory.getLogger(BusConfiguration.class);

    @Bean
    BoardSpec boardSpec(BoardProperties properties) {
        BoardSpec spec = properties.board() == null ? BoardFile.loadDefault() : BoardFile.load(properties.board());
        log.info("board {} from {}: {} buses, {} components", spec.name(), spec.source(), spec.buses().size(),
                spec.components().size());
        return spec;
    }

    @Bean(destroyMethod = "close")
    LiveBoard liveBoard(BoardSpec spec, TransportProperties transport) {
        return LiveBoard.start(spec, transport);
    }
}
