package org.chancery.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.chancery.app.ChanceryApplication;
import org.chancery.app.RegistryVersionGuard;
import org.chancery.app.StatementCounter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application over MockMvc, with the founding dataset, the statements it sends counted and
 * logged, and every change checked to raise the registry's version. Every admin test class shares this
 * one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ChanceryApplication.class)
@AutoConfigureMockMvc
@Import({StatementCounter.class, StatementLog.class, RegistryVersionGuard.class, AdminClient.class})
public @interface AdminTest {}
