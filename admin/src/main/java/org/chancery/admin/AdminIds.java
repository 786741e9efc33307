package org.chancery.admin;

import org.chancery.domain.EntityId;
import org.chancery.domain.NodeId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Ids in curator URLs and forms bind to the typed ids, {@code E3} to an {@link EntityId} and so on, of
 * every kind alike; text that is no id of the kind asked for names nothing, so {@link AdminAdvice} answers
 * it with the 404 page.
 */
@Component
class AdminIds implements WebMvcConfigurer, ConverterFactory<String, NodeId> {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(this);
    }

    @Override
    public <T extends NodeId> Converter<String, T> getConverter(Class<T> kind) {
        return text -> {
            NodeId id = NodeId.parse(text);
            if (!kind.isInstance(id)) {
                throw new IllegalArgumentException("'%s' is not an id of this kind".formatted(text));
            }
            return kind.cast(id);
        };
    }
}
