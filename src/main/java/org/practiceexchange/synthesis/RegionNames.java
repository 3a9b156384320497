package org.practiceexchange.synthesis;

import org.practiceexchange.organisation.Region;

/** "YORKSHIRE_AND_THE_HUMBER" as "Yorkshire and the Humber". */
final class RegionNames {

	private RegionNames() {
	}

	static String of(Region region) {
		String words = region.name().toLowerCase().replace('_', ' ');
		words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
		return words.replace("north ", "North ").replace("south ", "South ").replace("east ", "East ")
			.replace("west ", "West ").replace(" midlands", " Midlands").replace(" humber", " Humber")
			.replace(" england", " England").replace(" ireland", " Ireland").replace(" east", " East")
			.replace(" west", " West");
	}
}
