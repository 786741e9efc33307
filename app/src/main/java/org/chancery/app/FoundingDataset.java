package org.chancery.app;

import org.chancery.data.dataset.DatasetImport;
import org.chancery.domain.DomainException;
import org.chancery.domain.security.Actor;
import org.chancery.domain.vocabulary.Predicates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads the founding dataset when the server starts on an empty registry. Instances starting together
 * over one database may both try: the database lets one in, and the other finds the data there.
 */
@Component
@ConditionalOnBooleanProperty(name = "chancery.seed.enabled", matchIfMissing = true)
class FoundingDataset implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FoundingDataset.class);

    private final ChanceryProperties properties;
    private final Predicates predicates;
    private final DatasetImport datasets;

    FoundingDataset(ChanceryProperties properties, Predicates predicates, DatasetImport datasets) {
        this.properties = properties;
        this.predicates = predicates;
        this.datasets = datasets;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!predicates.all().isEmpty()) {
            return;
        }
        try {
            var summary = datasets.importFile(properties.seed().location(), Actor.SYSTEM, (records, fraction) -> {});
            log.info("Loaded the founding dataset: {}", summary);
        } catch (DomainException | DataIntegrityViolationException e) {
            log.info("The founding dataset was loaded by another instance meanwhile");
        }
    }
}
