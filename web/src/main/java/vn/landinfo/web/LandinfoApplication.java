package vn.landinfo.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LandinfoApplication {
    public static void main(String[] args) {
        SpringApplication.run(LandinfoApplication.class, args);
    }
}
