package org.practiceexchange.resource;

public enum SharingMode {
	FACE_TO_FACE, ONLINE
}
