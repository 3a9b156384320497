package org.practiceexchange;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PracticeExchangeApplication {

	public static void main(String[] args) {
		SpringApplication.run(PracticeExchangeApplication.class, args);
	}
}
