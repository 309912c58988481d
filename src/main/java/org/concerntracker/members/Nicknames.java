package org.concerntracker.members;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Short forms of English forenames that are not simple prefixes: Hansard and the registry often
 * differ here (Hansard 2009 prints "Stephen Pound", the registry has "Steve Pound"; ParlaMint has
 * "Blackman, Robert John" for "Bob Blackman"). Prefix short forms ("Nus" for "Nusrat", "Chris" for
 * "Christopher") are found by {@link #compatible(String, String)} without a table.
 */
final class Nicknames {

  private static final String[][] GROUPS = {
    {"robert", "bob", "rob", "robbie", "bobby"},
    {"william", "bill", "will", "billy"},
    {"elizabeth", "liz", "beth", "betty", "lizzie", "eliza"},
    {"anthony", "antony", "tony"},
    {"james", "jim", "jamie", "jimmy"},
    {"john", "jack", "johnny", "jonny"},
    {"richard", "dick", "rick", "ricky", "richie"},
    {"edward", "ed", "ted", "eddie", "ned"},
    {"margaret", "maggie", "peggy", "meg", "margo"},
    {"alexander", "alex", "sandy"},
    {"alistair", "alasdair", "alastair", "ali"},
    {"henry", "harry", "hal"},
    {"christopher", "chris", "kit"},
    {"andrew", "andy", "drew"},
    {"stephen", "steven", "steve", "stevie"},
    {"michael", "mike", "mick", "micky"},
    {"david", "dave", "davey"},
    {"patrick", "pat", "paddy"},
    {"patricia", "pat", "trish", "patsy"},
    {"susan", "sue", "susie"},
    {"thomas", "tom", "tommy"},
    {"nicholas", "nick", "nicky"},
    {"nicola", "nicky", "nikki"},
    {"catherine", "katherine", "kathryn", "kate", "cathy", "kathy", "katy", "kay"},
    {"rebecca", "becky", "becca"},
    {"jennifer", "jenny", "jen"},
    {"deborah", "debbie", "debra", "deb"},
    {"joseph", "joe", "joey"},
    {"gerald", "gerry", "jerry"},
    {"gerard", "gerry"},
    {"kenneth", "ken", "kenny"},
    {"timothy", "tim"},
    {"benjamin", "ben"},
    {"daniel", "dan", "danny"},
    {"matthew", "matt"},
    {"philip", "phillip", "phil"},
    {"peter", "pete"},
    {"samuel", "sam"},
    {"samantha", "sam"},
    {"gregory", "greg"},
    {"jonathan", "jon", "jonny"},
    {"frederick", "fred", "freddie"},
    {"charles", "charlie", "chas", "chuck"},
    {"edwina", "eddie"},
    {"lawrence", "laurence", "larry", "laurie"},
    {"douglas", "doug", "dougie"},
    {"donald", "don"},
    {"ronald", "ron", "ronnie"},
    {"raymond", "ray"},
    {"terence", "terrence", "terry"},
    {"vincent", "vince"},
    {"victoria", "vicky", "tori"},
    {"dorothy", "dot", "dottie"},
    {"angela", "angie"},
    {"barbara", "babs"},
    {"valerie", "val"},
    {"eleanor", "ellie", "nell"},
    {"helen", "nell"},
    {"caroline", "carol", "carrie"},
    {"madeleine", "maddy"},
    {"nusrat", "nus"},
    {"desmond", "des"},
    {"geoffrey", "jeffrey", "geoff", "jeff"},
    {"hugh", "huw"},
    {"ian", "iain"},
    {"neil", "neill"},
    {"siobhan", "siobhain"},
    {"tobias", "toby"},
    {"oliver", "ollie"},
    {"wendy", "gwendolyn"}
  };

  private static final Map<String, Set<Integer>> GROUP_OF = new HashMap<>();

  static {
    for (int i = 0; i < GROUPS.length; i++) {
      for (String n : GROUPS[i]) {
        GROUP_OF.computeIfAbsent(n, k -> new HashSet<>()).add(i);
      }
    }
  }

  private Nicknames() {}

  /**
   * True if two different folded forenames can name the same person: listed together above, or one
   * a prefix of the other of at least three letters ("nus"/"nusrat", "chris"/"christopher").
   */
  static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    Set<Integer> ga = GROUP_OF.get(a);
    Set<Integer> gb = GROUP_OF.get(b);
    if (ga != null && gb != null && ga.stream().anyMatch(gb::contains)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 3 && longer.startsWith(shorter);
  }
}
