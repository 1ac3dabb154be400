package org.samvad.db;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration the database module's slice tests start from. */
@SpringBootConfiguration(proxyBeanMethods = false)
class DbTestApplication {
}
