/*---
title: Video game catalogue
description: >
  The video games the student lounge has licences for: game id, title and genre. Optionally
  one title, or only the games of one genre. Alphabetical by title (default) or by game id.
examples:
  - what games are in the lounge catalogue
  - list our strategy titles
  - which genre is Grand Term Assignment
  - do we have any MMO titles
  - game ids and titles
keywords: [video game, video games, game, games, title, titles, catalogue, catalog, genre,
           genres, type, kind, licence, license, lounge, list, name, names, which, what,
           how many, count, exist, have, owned]
params:
  game: {type: string, optional: true, label: game title}
  game_type:
    type: choice
    optional: true
    choices: [Collectible card game, Walking Simulator, Role-playing game, Grand strategy,
              Frist-person shooter, Massively multiplayer online game]
    synonyms: {card game: Collectible card game, card games: Collectible card game,
               collectible card: Collectible card game, collectible cards: Collectible card game,
               ccg: Collectible card game, tcg: Collectible card game,
               walking sim: Walking Simulator, walking simulator: Walking Simulator,
               rpg: Role-playing game, rpgs: Role-playing game, role playing: Role-playing game,
               role-playing: Role-playing game, strategy: Grand strategy,
               grand strategy: Grand strategy, shooter: Frist-person shooter,
               shooters: Frist-person shooter, fps: Frist-person shooter,
               first-person shooter: Frist-person shooter,
               first person shooter: Frist-person shooter, mmo: Massively multiplayer online game,
               mmos: Massively multiplayer online game, mmorpg: Massively multiplayer online game,
               massively multiplayer: Massively multiplayer online game}
  sort:
    type: choice
    choices: [name, id]
    default: name
    synonyms: {alphabetical: name, a to z: name, title: name, by title: name, game id: id,
               by id: id}
owner: "@campus-rec-analytics"
---*/
SELECT
    GameID AS game_id,
    GName AS game,
    GType AS game_type
FROM Video_Games
WHERE 1 = 1
{% if game %}AND GName = :game
{% endif %}{% if game_type %}AND GType = :game_type
{% endif %}ORDER BY
{% if sort == 'id' %}GameID
{% else %}GName, GameID
{% endif %}
