package org.chancery.app.failure;

import org.chancery.domain.Failures;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A scheduled task that fails, such as the clean-up of expired sessions while the database is out, is
 * logged as every other failure is: one line, a stack trace at most once a minute per cause.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledTasks {

    @Bean
    ThreadPoolTaskSchedulerCustomizer failuresOfScheduledTasks(Failures failures) {
        return scheduler -> scheduler.setErrorHandler(failure -> failures.failed("a scheduled task", failure));
    }
}
