package org.skyroad.station.domain.villager;

/** A villager found by a search, with the village name and why it matched. */
public record VillagerMatch(Villager villager, String villageName, MatchReason reason) {

    public enum MatchReason { PHONE, PHONE_TAIL, ID_TAIL, NAME_PREFIX, NAME_CONTAINS, VILLAGE, SAME_PHONE, SAME_NAME_AND_VILLAGE }
}
