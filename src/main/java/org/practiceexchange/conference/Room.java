package org.practiceexchange.conference;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A room at the venue (or an online room), with how many people it holds. */
@Entity
@Table(name = "conference_room")
class Room {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int capacity;

	protected Room() {
	}

	Room(String name, int capacity) {
		this.name = name;
		this.capacity = capacity;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public int capacity() {
		return capacity;
	}
}
