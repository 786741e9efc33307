package org.chancery.app;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Chancery's own settings, under {@code chancery.*}.
 *
 * @param seed the founding dataset loaded on the server's first start
 */
@ConfigurationProperties("chancery")
public record ChanceryProperties(@DefaultValue Seed seed) {

    /**
     * @param enabled whether the server loads the dataset into an empty registry when it starts
     * @param location the dataset file
     */
    public record Seed(
            @DefaultValue("true") boolean enabled,

            @DefaultValue("classpath:dataset/founding.ndjson")
            Resource location) {}
}
