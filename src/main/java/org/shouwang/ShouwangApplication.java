package org.shouwang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Shouwang (守望): the county's system for 防止返贫动态监测和帮扶. */
@SpringBootApplication
public class ShouwangApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShouwangApplication.class, args);
    }
}
