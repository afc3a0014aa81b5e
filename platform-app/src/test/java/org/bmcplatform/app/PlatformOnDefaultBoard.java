package org.bmcplatform.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the platform on the default virtual board with an in-memory database and its data (capture
 * files) under {@code target/}. Every IT that uses it shares one application context (Spring's
 * context cache), so the board starts once per failsafe run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:platform-it;DB_CLOSE_DELAY=-1",
                "bmc.data-dir=" + PlatformOnDefaultBoard.DATA_DIR})
public @interface PlatformOnDefaultBoard {
    /** Relative to the module directory, where failsafe runs. */
    String DATA_DIR = "target/platform-it-data";
}
