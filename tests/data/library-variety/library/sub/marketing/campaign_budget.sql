/*--- {title: Budget of a campaign, description: The budget and start date of one marketing campaign., examples: [budget of the Winter Warmers campaign, when did spring bloom start], params: {campaign: {type: string}}} ---*/
SELECT c.campaign_name, c.start_date, c.budget
FROM campaigns c
WHERE c.campaign_name = :campaign
