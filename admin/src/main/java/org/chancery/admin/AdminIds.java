package org.chancery.admin;

import org.chancery.domain.ClaimId;
import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.chancery.domain.SourceId;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ids in curator URLs and forms bind to the typed ids, {@code E3} to an {@link EntityId} and so on; text
 * that is no id of its kind names nothing, so {@link AdminAdvice} answers it with the 404 page.
 */
@Component
class AdminIds implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, EntityId.class, EntityId::parse);
        registry.addConverter(String.class, SourceId.class, SourceId::parse);
        registry.addConverter(String.class, ClaimId.class, ClaimId::parse);
        registry.addConverter(String.class, NodeId.class, NodeId::parse);
    }
}
