package org.practiceexchange;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring context every integration test shares (so it starts once per run): the app on a
 * random port, MockMvc, the test profile (no demo data, H2 in memory unless
 * {@code spring.datasource.url} names a PostgreSQL server), a real SMTP server and a clock tests can
 * set ({@link TestClock}, back to the suite's running time after each test).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ IntegrationTestConfiguration.class, TestClock.Configuration.class })
@ExtendWith(TestClock.ResetAfterEach.class)
public @interface IntegrationTest {
}
