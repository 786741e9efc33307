package org.chancery.data;

import org.chancery.data.dataset.DatasetImport;
import org.chancery.data.dataset.DatasetSummary;
import org.chancery.data.dataset.Progress;
import org.chancery.domain.security.Actor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * A test against a real database, emptied before each test. Subclasses run on H2 as they are, and on
 * PostgreSQL when annotated {@link OnPostgres}.
 */
@SpringBootTest(classes = DataTestApplication.class)
public abstract class RegistryTests {

    @Autowired
    protected DatasetImport datasets;

    @Autowired
    private Flyway flyway;

    @BeforeEach
    protected void emptyRegistry() {
        flyway.clean();
        flyway.migrate();
    }

    protected DatasetSummary load(Resource file) {
        return datasets.importFile(file, Actor.SYSTEM, Progress.NONE);
    }

    protected static Resource founding() {
        return new ClassPathResource("dataset/founding.ndjson");
    }

    protected static Resource everyField() {
        return new ClassPathResource("dataset/every-field.ndjson");
    }
}
